import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * In-app notifications: one row per recipient and event (`key`), rendered in
 * the recipient's language when the event happened; gone with the account.
 */
export class CreateNotifications1795630000000 implements MigrationInterface {
  name = 'CreateNotifications1795630000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notifications" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "recipient_user_id" uuid NOT NULL,
        "type" character varying(40) NOT NULL,
        "key" character varying(200) NOT NULL,
        "title" character varying(300) NOT NULL,
        "body" text NOT NULL,
        "link" character varying(500) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "read_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_notifications" PRIMARY KEY ("id"),
        CONSTRAINT "FK_notifications_recipient" FOREIGN KEY ("recipient_user_id") REFERENCES "users"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_notifications_recipient_key" ON "notifications" ("recipient_user_id", "key")`);
    await queryRunner.query(`CREATE INDEX "IDX_notifications_recipient_created" ON "notifications" ("recipient_user_id", "created_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}

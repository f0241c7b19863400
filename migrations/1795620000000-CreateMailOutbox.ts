import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The mail outbox: one row per recipient and event (unique key), written in the
 * transaction of the event, sent by the mail worker (pending → sent | failed).
 */
export class CreateMailOutbox1795620000000 implements MigrationInterface {
  name = 'CreateMailOutbox1795620000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "mail_outbox" (
        "id" BIGSERIAL NOT NULL,
        "key" character varying(200) NOT NULL,
        "user_id" uuid,
        "to_address" character varying(254) NOT NULL,
        "language" character varying(2) NOT NULL,
        "security" boolean NOT NULL,
        "subject" character varying(300) NOT NULL,
        "text_body" text NOT NULL,
        "html_body" text NOT NULL,
        "status" character varying(16) NOT NULL DEFAULT 'pending',
        "attempts" integer NOT NULL DEFAULT '0',
        "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_error" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "sent_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "UQ_mail_outbox_key" UNIQUE ("key"),
        CONSTRAINT "mail_outbox_status_check" CHECK (status IN ('pending', 'sent', 'failed')),
        CONSTRAINT "PK_mail_outbox" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_mail_outbox_due" ON "mail_outbox" ("next_attempt_at", "id") WHERE status = 'pending'`);
    await queryRunner.query(`CREATE INDEX "IDX_mail_outbox_user" ON "mail_outbox" ("user_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
  }
}

import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Saved searches with alerts: the search (kind, name, the route's parameters,
 * alert setting), the items each has already seen (so none is announced
 * twice), and the per-kind trigger the search pipeline leaves for instant alerts.
 */
export class CreateSavedSearches1795640000000 implements MigrationInterface {
  name = 'CreateSavedSearches1795640000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "saved_searches" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "owner_user_id" uuid NOT NULL,
        "kind" character varying(16) NOT NULL,
        "name" character varying(100) NOT NULL,
        "query" jsonb NOT NULL,
        "alert" character varying(8) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_alert_at" TIMESTAMP WITH TIME ZONE,
        "last_checked_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "saved_searches_kind_check" CHECK (kind IN ('job_offers', 'candidates')),
        CONSTRAINT "saved_searches_alert_check" CHECK (alert IN ('off', 'daily', 'instant')),
        CONSTRAINT "PK_saved_searches" PRIMARY KEY ("id"),
        CONSTRAINT "FK_saved_searches_owner" FOREIGN KEY ("owner_user_id") REFERENCES "users"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_saved_searches_owner" ON "saved_searches" ("owner_user_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_saved_searches_alert" ON "saved_searches" ("alert", "kind")`);
    await queryRunner.query(
      `CREATE TABLE "saved_search_hits" (
        "saved_search_id" uuid NOT NULL,
        "item_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_saved_search_hits" PRIMARY KEY ("saved_search_id", "item_id"),
        CONSTRAINT "FK_saved_search_hits_saved_search" FOREIGN KEY ("saved_search_id") REFERENCES "saved_searches"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_saved_search_hits_item" ON "saved_search_hits" ("item_id")`);
    await queryRunner.query(
      `CREATE TABLE "saved_search_instant_triggers" (
        "kind" character varying(16) NOT NULL,
        "since" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "events" integer NOT NULL DEFAULT 1,
        CONSTRAINT "PK_saved_search_instant_triggers" PRIMARY KEY ("kind")
      )`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "saved_search_instant_triggers"`);
    await queryRunner.query(`DROP TABLE "saved_search_hits"`);
    await queryRunner.query(`DROP TABLE "saved_searches"`);
  }
}

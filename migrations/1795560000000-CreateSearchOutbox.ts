import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The Postgres → Meilisearch pipeline: the outbox (one row per changed entity,
 * written with the change), failure records of documents Meilisearch refused,
 * and the marker of a running index rebuild.
 */
export class CreateSearchOutbox1795560000000 implements MigrationInterface {
  name = 'CreateSearchOutbox1795560000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "search_outbox" (
        "id" BIGSERIAL NOT NULL,
        "resource" character varying(64) NOT NULL,
        "entity_id" character varying(64) NOT NULL,
        "attempts" integer NOT NULL DEFAULT '0',
        "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_error" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_search_outbox" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_search_outbox_due" ON "search_outbox" ("next_attempt_at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_search_outbox_entity" ON "search_outbox" ("resource", "entity_id")`);
    await queryRunner.query(`
      CREATE TABLE "search_index_failures" (
        "id" BIGSERIAL NOT NULL,
        "resource" character varying(64) NOT NULL,
        "entity_id" character varying(64) NOT NULL,
        "reason" text NOT NULL,
        "meili_code" character varying(64),
        "attempts" integer NOT NULL,
        "gave_up" boolean NOT NULL DEFAULT false,
        "failed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_search_index_failures" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_search_index_failures_entity" ON "search_index_failures" ("resource", "entity_id")`);
    await queryRunner.query(`
      CREATE TABLE "search_rebuilds" (
        "resource" character varying(64) NOT NULL,
        "target_uid" character varying(128) NOT NULL,
        "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_search_rebuilds" PRIMARY KEY ("resource")
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "search_rebuilds"`);
    await queryRunner.query(`DROP TABLE "search_index_failures"`);
    await queryRunner.query(`DROP TABLE "search_outbox"`);
  }
}

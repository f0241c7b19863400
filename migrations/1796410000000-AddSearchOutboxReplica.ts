import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Search replicas: an outbox row may target one Meilisearch replica (its URL)
 * instead of all of them (NULL, every row until now). A change that reached
 * some replicas but not another is retried for that replica only.
 */
export class AddSearchOutboxReplica1796410000000 implements MigrationInterface {
  name = 'AddSearchOutboxReplica1796410000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE search_outbox ADD COLUMN replica varchar(512)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE search_outbox DROP COLUMN replica`);
  }
}

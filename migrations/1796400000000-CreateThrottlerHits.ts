import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Rate-limit counters shared by every app instance (PostgresThrottlerStorage):
 * one row per limit and tracker key, a fixed window and an optional block.
 * UNLOGGED: counters are not worth WAL (every login attempt would write it),
 * and losing them on a crash of PostgreSQL only resets the current minute;
 * they do survive an app restart and a clean PostgreSQL restart.
 */
export class CreateThrottlerHits1796400000000 implements MigrationInterface {
  name = 'CreateThrottlerHits1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNLOGGED TABLE throttler_hits (
        key text NOT NULL,
        throttler text NOT NULL,
        hits integer NOT NULL,
        touched_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        blocked_until timestamptz,
        PRIMARY KEY (key, throttler)
      )`);
    await queryRunner.query(`CREATE INDEX throttler_hits_expiry ON throttler_hits (greatest(expires_at, blocked_until))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE throttler_hits`);
  }
}

import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * When each scheduled job last started, on any instance (RunOnceAcrossInstances):
 * an instance claims a run with an UPDATE that only succeeds when the last start
 * is old enough, so instances whose cron fires in the same minute run it once.
 */
export class CreateScheduledJobRuns1796400000001 implements MigrationInterface {
  name = 'CreateScheduledJobRuns1796400000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE scheduled_job_runs (
        name text PRIMARY KEY,
        last_started_at timestamptz NOT NULL,
        last_finished_at timestamptz
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE scheduled_job_runs`);
  }
}

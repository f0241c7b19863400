import { Injectable } from '@nestjs/common';
import { DataSource, type QueryRunner } from 'typeorm';

/** Advisory-lock class of scheduled jobs (the first key of pg_try_advisory_lock(int, int)); the job name hashes to the second. */
const JOB_LOCK_CLASS = 0x7a6f6273; // 'zobs'

/** A job's lock, held on a connection of its own for as long as the job runs. */
export interface JobLock {
  /** Claims the run slot: true when no instance started this job within `minIntervalMs`. */
  claim(minIntervalMs: number): Promise<boolean>;
  finished(): Promise<void>;
  release(): Promise<void>;
}

/** The queries behind RunOnceAcrossInstances: a session advisory lock per job and its last start in scheduled_job_runs. */
@Injectable()
export class ScheduledJobRunsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The job's session-level advisory lock on a dedicated connection (not a
   * transaction: a transaction open for the whole job would hold back vacuum),
   * or null when another instance holds it. A connection that dies lets go of it.
   */
  async tryLock(name: string): Promise<JobLock | null> {
    const runner: QueryRunner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked`, [JOB_LOCK_CLASS, name])) as {
        locked: boolean;
      }[];
      if (!locked) {
        await runner.release();
        return null;
      }
    } catch (error) {
      await runner.release();
      throw error;
    }
    return {
      claim: async (minIntervalMs) => {
        const rows = (await runner.query(
          `INSERT INTO scheduled_job_runs AS r (name, last_started_at) VALUES ($1, clock_timestamp())
           ON CONFLICT (name) DO UPDATE SET last_started_at = excluded.last_started_at, last_finished_at = NULL
            WHERE r.last_started_at <= excluded.last_started_at - $2::double precision * interval '1 millisecond'
           RETURNING name`,
          [name, minIntervalMs],
        )) as unknown[];
        return rows.length === 1;
      },
      finished: async () => {
        await runner.query(`UPDATE scheduled_job_runs SET last_finished_at = clock_timestamp() WHERE name = $1`, [name]);
      },
      release: async () => {
        try {
          await runner.query(`SELECT pg_advisory_unlock($1, hashtext($2))`, [JOB_LOCK_CLASS, name]);
        } finally {
          await runner.release();
        }
      },
    };
  }
}

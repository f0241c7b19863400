import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { withSessionAdvisoryLock } from './session-advisory-lock';

/** A job's run slot, used while its lock is held. */
export interface JobSlot {
  /** Claims the run: true when no instance started this job within `minIntervalMs`. */
  claim(minIntervalMs: number): Promise<boolean>;
  finished(): Promise<void>;
}

/** The queries behind RunOnceAcrossInstances: a session advisory lock per job and its last start in scheduled_job_runs. */
@Injectable()
export class ScheduledJobRunsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` holding the job's lock (`job:<name>`), or `{ ran: false }` when another instance holds it. */
  withJobLock<T>(name: string, work: (slot: JobSlot) => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }> {
    return withSessionAdvisoryLock(this.dataSource, `job:${name}`, (runner) =>
      work({
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
      }),
    );
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { ScheduledJobRunsRepository } from './scheduled-job-runs.repository';

export interface ScheduledJob {
  /** The job's name: its lock and its row in scheduled_job_runs. */
  name: string;
  /**
   * No run starts sooner than this after the last start on any instance:
   * shorter than the cron period (half of it is a good choice), longer than the
   * spread of the instances' clocks, so instances firing in the same minute run it once.
   */
  minIntervalMs: number;
}

/**
 * Runs a scheduled job on one instance only, however many fire it: the
 * instance that takes the job's PostgreSQL advisory lock and claims the run
 * slot runs it; one whose cron fires while another runs it, or just after, skips.
 */
@Injectable()
export class RunOnceAcrossInstances {
  private readonly logger = new Logger(RunOnceAcrossInstances.name);

  constructor(private readonly runs: ScheduledJobRunsRepository) {}

  /** Runs `work` unless another instance is running it or ran it within `minIntervalMs`; true when it ran here. */
  async run(job: ScheduledJob, work: () => Promise<void>): Promise<boolean> {
    const outcome = await this.runs.withJobLock(job.name, async (slot) => {
      if (!(await slot.claim(job.minIntervalMs))) {
        this.logger.debug(`${job.name}: ran on another instance moments ago, skipped`);
        return false;
      }
      await work();
      await slot.finished();
      return true;
    });
    if (!outcome.ran) this.logger.debug(`${job.name}: running on another instance, skipped`);
    return outcome.ran && outcome.result;
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { RunOnceAcrossInstances, type ScheduledJob } from '../../common/scheduling/run-once-across-instances';
import { ThrottlerHitsRepository } from './throttler-hits.repository';

const CLEANUP_JOB: ScheduledJob = { name: 'throttler-hits-cleanup', minIntervalMs: 5 * 60_000 };

/** Every ten minutes, on one instance: drops the rate-limit counters that ran out. */
@Injectable()
export class ThrottlerHitsCleanupJob {
  private readonly logger = new Logger(ThrottlerHitsCleanupJob.name);

  constructor(
    private readonly hits: ThrottlerHitsRepository,
    private readonly once: RunOnceAcrossInstances,
  ) {}

  @Cron(CronExpression.EVERY_10_MINUTES, { name: CLEANUP_JOB.name })
  async run(): Promise<boolean> {
    try {
      return await this.once.run(CLEANUP_JOB, async () => {
        const deleted = await this.hits.deleteExpired();
        if (deleted) this.logger.debug(`Dropped ${deleted} expired rate-limit counters`);
      });
    } catch (error) {
      this.logger.error(`Rate-limit counter cleanup failed: ${(error as Error).message}`);
      return false;
    }
  }
}

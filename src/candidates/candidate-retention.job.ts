import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { RunOnceAcrossInstances, type ScheduledJob } from '../common/scheduling/run-once-across-instances';
import { CandidatePrivacyService } from './candidate-privacy.service';

/** Hourly, on one instance however many run. */
const RETENTION_JOB: ScheduledJob = { name: 'candidate-retention', minIntervalMs: 30 * 60_000 };

/** Runs the candidate retention pass every hour (the work itself is CandidatePrivacyService.runRetention). */
@Injectable()
export class CandidateRetentionJob {
  private readonly logger = new Logger(CandidateRetentionJob.name);
  private running = false;

  constructor(
    private readonly privacy: CandidatePrivacyService,
    private readonly once: RunOnceAcrossInstances,
  ) {}

  /** True when the pass ran here (false: another instance runs or just ran it, or this one still runs the last). */
  @Cron(CronExpression.EVERY_HOUR, { name: RETENTION_JOB.name })
  async run(): Promise<boolean> {
    if (this.running) return false;
    this.running = true;
    try {
      return await this.once.run(RETENTION_JOB, async () => {
        await this.privacy.runRetention(new Date());
      });
    } catch (error) {
      this.logger.error(`Candidate retention pass failed: ${(error as Error).message}`);
      return false;
    } finally {
      this.running = false;
    }
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { CandidatePrivacyService } from './candidate-privacy.service';

/** Runs the candidate retention pass every hour (the work itself is CandidatePrivacyService.runRetention). */
@Injectable()
export class CandidateRetentionJob {
  private readonly logger = new Logger(CandidateRetentionJob.name);
  private running = false;

  constructor(private readonly privacy: CandidatePrivacyService) {}

  @Cron(CronExpression.EVERY_HOUR, { name: 'candidate-retention' })
  async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.privacy.runRetention(new Date());
    } catch (error) {
      this.logger.error(`Candidate retention pass failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Cron, CronExpression } from '@nestjs/schedule';
import { RunOnceAcrossInstances, type ScheduledJob } from '../common/scheduling/run-once-across-instances';
import { AppConfig } from '../config/app-config';
import { SavedSearchAlertsService } from './saved-search-alerts.service';

/** Every ten minutes, on one instance however many run. */
const ALERTS_JOB: ScheduledJob = { name: 'saved-search-alerts', minIntervalMs: 5 * 60_000 };

/**
 * Every ten minutes: the daily alerts that are due (each saved search once a
 * day, counted from its last run; one instance at a time, RunOnceAcrossInstances)
 * and any instant run a failure left behind. Off with SAVED_SEARCH_ALERTS_JOB_ENABLED=false.
 */
@Injectable()
export class SavedSearchAlertsJob {
  private readonly logger = new Logger(SavedSearchAlertsJob.name);
  private running = false;

  constructor(
    private readonly alerts: SavedSearchAlertsService,
    private readonly config: ConfigService<AppConfig, true>,
    private readonly once: RunOnceAcrossInstances,
  ) {}

  /** True when the run happened here (false: off, or another instance runs or just ran it). */
  @Cron(CronExpression.EVERY_10_MINUTES, { name: ALERTS_JOB.name })
  async run(): Promise<boolean> {
    if (this.running || !this.config.get('savedSearchAlertsJobEnabled', { infer: true })) return false;
    this.running = true;
    try {
      return await this.once.run(ALERTS_JOB, async () => {
        if (await this.alerts.hasPendingInstant()) await this.alerts.runInstantSoon();
        const sent = await this.alerts.runDaily(new Date());
        if (sent) this.logger.log(`Saved-search alerts: ${sent} daily alerts sent`);
      });
    } catch (error) {
      this.logger.error(`Saved-search alert run failed: ${(error as Error).message}`);
      return false;
    } finally {
      this.running = false;
    }
  }
}

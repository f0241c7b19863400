import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Cron, CronExpression } from '@nestjs/schedule';
import { AppConfig } from '../config/app-config';
import { SavedSearchAlertsService } from './saved-search-alerts.service';

/**
 * Every ten minutes: the daily alerts that are due (each saved search once a
 * day, counted from its last run; one instance at a time) and any instant run a
 * failure left behind. Off with SAVED_SEARCH_ALERTS_JOB_ENABLED=false.
 */
@Injectable()
export class SavedSearchAlertsJob {
  private readonly logger = new Logger(SavedSearchAlertsJob.name);
  private running = false;

  constructor(
    private readonly alerts: SavedSearchAlertsService,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  @Cron(CronExpression.EVERY_10_MINUTES, { name: 'saved-search-alerts' })
  async run(): Promise<void> {
    if (this.running || !this.config.get('savedSearchAlertsJobEnabled', { infer: true })) return;
    this.running = true;
    try {
      if (await this.alerts.hasPendingInstant()) await this.alerts.runInstantSoon();
      const sent = await this.alerts.runDaily(new Date());
      if (sent) this.logger.log(`Saved-search alerts: ${sent} daily alerts sent`);
    } catch (error) {
      this.logger.error(`Saved-search alert run failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}

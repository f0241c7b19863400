import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service';
import type { SavedSearchEntity } from './entities/saved-search.entity';
import { searchPageLink } from './saved-search-query';
import { SavedSearchResultsReader } from './saved-search-results.reader';
import { SavedSearchesRepository } from './saved-searches.repository';

const DAY_MS = 86_400_000;
/** How many of the new results an alert names (it says how many there are in all). */
export const TITLES_PER_ALERT = 5;
/** Daily searches taken per batch of the daily run. */
const DAILY_BATCH = 50;
/** Advisory lock names: one daily run and one instant run at a time across every app instance. */
const DAILY_LOCK = 'saved-searches:daily';
const INSTANT_LOCK = 'saved-searches:instant';

/**
 * Alerts of saved searches. A run takes a saved search, runs its query as its
 * owner through the search services (so visibility is that of the moment of
 * sending), drops what the search has already seen (saved_search_hits), records
 * the rest as seen and notifies `saved_search.results` — in one transaction, so an
 * item is announced once or not at all. Daily searches are run by the
 * scheduled job under a session advisory lock (one instance runs, others skip);
 * instant ones after the search pipeline indexed something of their kind
 * (SEARCH_INDEXED → a trigger row → runInstant under a transaction lock).
 */
@Injectable()
export class SavedSearchAlertsService implements OnModuleDestroy {
  private readonly logger = new Logger(SavedSearchAlertsService.name);
  private instantRun: Promise<void> | null = null;
  private instantAgain = false;

  constructor(
    private readonly repository: SavedSearchesRepository,
    private readonly results: SavedSearchResultsReader,
    private readonly notifications: NotificationsService,
  ) {}

  /** A started instant run finishes before the database closes. */
  async onModuleDestroy(): Promise<void> {
    this.instantAgain = false;
    await this.instantRun;
  }

  /**
   * Every daily search that has not run for a day, as of `now`. Returns how many
   * alerts were sent, or null when another instance is running the daily job right now.
   */
  async runDaily(now: Date = new Date()): Promise<number | null> {
    const outcome = await this.repository.withSessionLock(DAILY_LOCK, async () => {
      let alerts = 0;
      for (;;) {
        const due = await this.repository.dueDaily(new Date(now.getTime() - DAY_MS), DAILY_BATCH);
        for (const saved of due) {
          if (await this.repository.transaction((manager) => this.checkLocked(manager, saved.id, now))) alerts++;
        }
        if (due.length < DAILY_BATCH) return alerts;
      }
    });
    return outcome.ran ? outcome.result : null;
  }

  /**
   * The instant searches of every kind something was indexed of since the last
   * run. Waits for an instant run of another instance to finish first (then
   * finds its triggers taken and its items seen). Returns how many alerts were sent.
   */
  async runInstant(now: Date = new Date()): Promise<number> {
    return this.repository.transaction(async (manager) => {
      await this.repository.lockForTransaction(manager, INSTANT_LOCK);
      const kinds = await this.repository.takeTriggers(manager);
      if (!kinds.length) return 0;
      let alerts = 0;
      for (const saved of await this.repository.instantSearches(manager, kinds)) {
        if (await this.check(manager, saved, now)) alerts++;
      }
      return alerts;
    });
  }

  /** Starts runInstant now, or once more after the run in progress (a burst of indexing is one or two runs). */
  runInstantSoon(): Promise<void> {
    if (this.instantRun) {
      this.instantAgain = true;
      return this.instantRun;
    }
    this.instantRun = (async () => {
      try {
        do {
          this.instantAgain = false;
          try {
            await this.runInstant();
          } catch (error) {
            // The trigger rows are back (rolled back); the scheduled job retries them.
            this.logger.warn(`Instant saved-search alerts deferred: ${(error as Error).message}`);
          }
        } while (this.instantAgain);
      } finally {
        this.instantRun = null;
      }
    })();
    return this.instantRun;
  }

  /** Whether an instant run is due (triggers left by a run that failed or a crash). */
  hasPendingInstant(): Promise<boolean> {
    return this.repository.hasTriggers();
  }

  /** Re-reads the search locked (deleted or no longer daily meanwhile: nothing to do), then checks it. */
  private async checkLocked(manager: EntityManager, id: string, now: Date): Promise<boolean> {
    const saved = await this.repository.findForUpdate(manager, id);
    if (!saved || saved.alert !== 'daily') return false;
    if ((saved.lastCheckedAt ?? saved.createdAt).getTime() > now.getTime() - DAY_MS) return false;
    return this.check(manager, saved, now);
  }

  /** Runs the saved query; notifies about what it has not seen. True when an alert was written. */
  private async check(manager: EntityManager, saved: SavedSearchEntity, now: Date): Promise<boolean> {
    const found = await this.results.findable(saved);
    const fresh = new Set(
      await this.repository.unseen(
        manager,
        saved.id,
        found.map((item) => item.id),
      ),
    );
    const items = found.filter((item) => fresh.has(item.id));
    await this.repository.addHits(manager, saved.id, [...fresh]);
    if (!items.length) {
      await this.repository.markChecked(manager, saved.id, now, false);
      return false;
    }
    const digest = createHash('sha256')
      .update([...fresh].sort().join(','))
      .digest('hex')
      .slice(0, 24);
    const written = await this.notifications.notify(manager, {
      recipientUserId: saved.ownerUserId,
      type: 'saved_search.results',
      key: `saved_search.results:${saved.id}:${digest}`,
      link: searchPageLink(saved.kind, saved.query),
      params: { searchName: saved.name, count: items.length, titles: items.slice(0, TITLES_PER_ALERT).map((item) => item.title) },
    });
    await this.repository.markChecked(manager, saved.id, now, written);
    return written;
  }
}

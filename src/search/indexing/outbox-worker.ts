import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppConfig } from '../../config/app-config';
import { listenUntilStopped } from '../../infrastructure/database/pg-listener';
import { OutboxProcessor } from './outbox-processor';
import { OUTBOX_CHANNEL } from './outbox.repository';

export const OUTBOX_BATCH_SIZE = 200;
const ERROR_PAUSE_MS = 1_000;

/**
 * The in-process outbox consumer. Safe to run in every app instance at once
 * (rows are claimed with SKIP LOCKED); turned off with SEARCH_WORKER_ENABLED=false.
 * A commit that wrote outbox rows wakes it (NOTIFY from a trigger on
 * search_outbox), so a change waits for no poll tick; the poll
 * (SEARCH_WORKER_POLL_MS) picks up retries whose back-off ended and covers a
 * lost listener.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxWorker.name);
  private readonly pollMs: number;
  private running = false;
  private loop: Promise<void> | null = null;
  private listening: Promise<void> | null = null;
  /** Aborted at shutdown: ends every pause and the listener. */
  private readonly stop = new AbortController();
  /** Aborted by a notification: ends an idle pause (not the pause after an error). */
  private wake: AbortController | null = null;
  /** Set by a notification; an idle pause that has not begun yet is skipped. */
  private woken = false;

  constructor(
    private readonly processor: OutboxProcessor,
    private readonly config: ConfigService<AppConfig, true>,
  ) {
    this.pollMs = config.get('searchWorkerPollMs', { infer: true });
  }

  onApplicationBootstrap(): void {
    if (!this.config.get('searchWorkerEnabled', { infer: true })) return;
    this.running = true;
    this.listening = listenUntilStopped({
      databaseUrl: this.config.get('databaseUrl', { infer: true }),
      channel: OUTBOX_CHANNEL,
      onNotify: () => this.nudge(),
      stop: this.stop.signal,
      logger: this.logger,
      name: 'Search outbox listener',
    });
    this.loop = this.run();
  }

  /** Stops before the database pool closes; the batch in flight is finished, not cut off. */
  async onModuleDestroy(): Promise<void> {
    this.running = false;
    this.stop.abort();
    await this.loop;
    await this.listening;
  }

  /** Look for due rows now (a commit wrote some). */
  nudge(): void {
    this.woken = true;
    this.wake?.abort();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let pause = 0;
      let interruptible = false;
      try {
        this.woken = false;
        const claimed = await this.processor.processDue(OUTBOX_BATCH_SIZE);
        if (claimed < OUTBOX_BATCH_SIZE) {
          pause = this.pollMs;
          interruptible = true;
        }
      } catch (error) {
        this.logger.error(`Outbox batch failed: ${(error as Error).message}`);
        pause = ERROR_PAUSE_MS;
      }
      if (pause && this.running) await this.pause(pause, interruptible);
    }
  }

  private async pause(ms: number, interruptible: boolean): Promise<void> {
    const wake = new AbortController();
    this.wake = interruptible ? wake : null;
    // No await between this check and the sleep: a notification cannot fall in between.
    if (interruptible && this.woken) return;
    await sleep(ms, undefined, { signal: AbortSignal.any([this.stop.signal, wake.signal]) }).catch(() => undefined);
    this.wake = null;
  }
}

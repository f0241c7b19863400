import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppConfig } from '../../config/app-config';
import { OutboxProcessor } from './outbox-processor';

export const OUTBOX_BATCH_SIZE = 200;
/** Idle poll interval: a change reaches the index within about this long even without syncNow. */
const IDLE_POLL_MS = 200;
const ERROR_PAUSE_MS = 1_000;

/**
 * The in-process outbox consumer. Safe to run in every app instance at once
 * (rows are claimed with SKIP LOCKED); turned off with SEARCH_WORKER_ENABLED=false.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxWorker.name);
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: AbortController | null = null;

  constructor(
    private readonly processor: OutboxProcessor,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.get('searchWorkerEnabled', { infer: true })) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops before the database pool closes; the batch in flight is finished, not cut off. */
  async onModuleDestroy(): Promise<void> {
    this.running = false;
    this.wake?.abort();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let pause = 0;
      try {
        const claimed = await this.processor.processDue(OUTBOX_BATCH_SIZE);
        if (claimed < OUTBOX_BATCH_SIZE) pause = IDLE_POLL_MS;
      } catch (error) {
        this.logger.error(`Outbox batch failed: ${(error as Error).message}`);
        pause = ERROR_PAUSE_MS;
      }
      if (pause && this.running) {
        this.wake = new AbortController();
        await sleep(pause, undefined, { signal: this.wake.signal }).catch(() => undefined);
      }
    }
  }
}

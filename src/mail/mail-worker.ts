import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppConfig } from '../config/app-config';
import { listenUntilStopped } from '../infrastructure/database/pg-listener';
import { MAIL_CHANNEL, MailOutboxRepository } from './mail-outbox.repository';
import { mailBackoffMs, MailProcessor } from './mail-processor';
import { MailTransport } from './mail-transport';

const ERROR_PAUSE_MS = 1_000;
const CLEANUP_EVERY_MS = 3_600_000;
/** Sent and given-up mails are kept this long (what was sent to whom, for support), then deleted. */
export const KEEP_SETTLED_DAYS = 30;

/**
 * The in-process mail consumer. Safe in every app instance at once (rows are
 * claimed with SKIP LOCKED). It is woken by PostgreSQL's NOTIFY, which the
 * commit of a transaction that wrote mail delivers to every instance, and
 * otherwise polls every MAIL_POLL_INTERVAL_MS (retries, a lost listener).
 * When the SMTP server cannot be reached it pauses, longer each time, instead
 * of trying every waiting mail. Turned off with MAIL_WORKER_ENABLED=false.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailWorker.name);
  private running = false;
  private loop: Promise<void> | null = null;
  private listening: Promise<void> | null = null;
  /** Aborted at shutdown: ends every pause. */
  private readonly stop = new AbortController();
  /** Aborted by a notification: ends an idle pause. */
  private wake: AbortController | null = null;
  private woken = false;
  private lastCleanup = 0;

  constructor(
    private readonly processor: MailProcessor,
    private readonly outbox: MailOutboxRepository,
    private readonly transport: MailTransport,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.get('mail', { infer: true }).workerEnabled) return;
    this.running = true;
    this.logger.log(`Mail worker started; mails go to ${this.transport.describe()}`);
    this.listening = listenUntilStopped({
      databaseUrl: this.config.get('databaseUrl', { infer: true }),
      channel: MAIL_CHANNEL,
      onNotify: () => this.nudge(),
      stop: this.stop.signal,
      logger: this.logger,
      name: 'Mail listener',
    });
    this.loop = this.run();
  }

  /** Stops before the database pool closes; the mail in flight is finished, not cut off. */
  async onModuleDestroy(): Promise<void> {
    this.running = false;
    this.stop.abort();
    await this.loop;
    await this.listening;
  }

  /** Look for due mail now (a commit wrote some). */
  nudge(): void {
    this.woken = true;
    this.wake?.abort();
  }

  private async run(): Promise<void> {
    const { pollIntervalMs, retryBaseMs } = this.config.get('mail', { infer: true });
    let outage = 0;
    while (this.running) {
      let pause = 0;
      let interruptible = false;
      try {
        this.woken = false;
        const step = await this.processor.processNext();
        if (step.kind === 'unreachable') {
          // Every mail would fail now: wait (longer each time), and let no new mail wake us early.
          outage += 1;
          pause = mailBackoffMs(retryBaseMs, outage);
        } else {
          outage = 0;
          if (step.kind === 'idle') {
            await this.cleanUp();
            pause = this.woken ? 0 : pollIntervalMs;
            interruptible = true;
          }
        }
      } catch (error) {
        this.logger.error(`Mail step failed: ${(error as Error).message}`);
        pause = ERROR_PAUSE_MS;
      }
      if (pause && this.running) await this.pause(pause, interruptible);
    }
  }

  private async pause(ms: number, interruptible: boolean): Promise<void> {
    const wake = new AbortController();
    this.wake = interruptible ? wake : null;
    if (interruptible && this.woken) return;
    await sleep(ms, undefined, { signal: AbortSignal.any([this.stop.signal, wake.signal]) }).catch(() => undefined);
    this.wake = null;
  }

  private async cleanUp(): Promise<void> {
    if (Date.now() - this.lastCleanup < CLEANUP_EVERY_MS) return;
    this.lastCleanup = Date.now();
    const deleted = await this.outbox.deleteSettledBefore(KEEP_SETTLED_DAYS);
    const { pending, failed } = await this.outbox.backlog();
    if (deleted) this.logger.log(`Deleted ${deleted} mail(s) settled more than ${KEEP_SETTLED_DAYS} days ago`);
    if (failed) this.logger.warn(`Mail outbox: ${pending} waiting, ${failed} given up (see mail_outbox.last_error)`);
  }
}

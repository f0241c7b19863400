import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AppConfig } from '../config/app-config';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MailSendError, MailTransport } from './mail-transport';

/** Retries wait `base · 2^(attempts − 1)`, capped at one hour (with MAIL_RETRY_BASE_MS = 30 s: 30 s, 1 min, 2 min … 1 h). */
export const MAX_RETRY_DELAY_MS = 3_600_000;
export const mailBackoffMs = (baseMs: number, attempts: number) => Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_RETRY_DELAY_MS);

/** What one step of the worker did. */
export type MailStep =
  | { kind: 'idle' }
  | { kind: 'sent' }
  | { kind: 'failed' }
  | { kind: 'deferred' }
  /** The transport is down: the worker should pause before trying the next mail. */
  | { kind: 'unreachable' };

/**
 * Sends one due mail per call: claim it (FOR UPDATE SKIP LOCKED), send it,
 * mark it sent in the same transaction. A mail is sent again only if the
 * process dies between the server's "250 OK" and the commit of that mark.
 */
@Injectable()
export class MailProcessor {
  private readonly logger = new Logger(MailProcessor.name);

  constructor(
    private readonly outbox: MailOutboxRepository,
    private readonly transport: MailTransport,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  processNext(): Promise<MailStep> {
    const { retryBaseMs, maxAttempts } = this.config.get('mail', { infer: true });
    return this.outbox.claimNext(async (mail, manager): Promise<MailStep> => {
      if (!mail) return { kind: 'idle' };
      try {
        await this.transport.send(mail);
      } catch (error) {
        const failure = error instanceof MailSendError ? error.failure : { kind: 'unreachable' as const, reason: (error as Error).message };
        const attempts = mail.attempts + 1;
        if (failure.kind === 'rejected' || (failure.kind === 'deferred' && attempts >= maxAttempts)) {
          await this.outbox.markFailed(manager, mail.id, failure.reason);
          this.logger.error(`Gave up mail ${mail.key} after ${attempts} attempt(s): ${failure.reason}`);
          return { kind: 'failed' };
        }
        await this.outbox.reschedule(manager, mail.id, mailBackoffMs(retryBaseMs, attempts), failure.reason);
        this.logger.warn(`Mail ${mail.key} not sent (attempt ${attempts}, ${failure.kind}): ${failure.reason}`);
        return { kind: failure.kind };
      }
      await this.outbox.markSent(manager, mail.id);
      return { kind: 'sent' };
    });
  }
}

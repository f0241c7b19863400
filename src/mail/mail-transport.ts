import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';
import { mailboxAddress } from '../config/environment';
import { SETTINGS_PATH } from './mail-layout';
import type { ClaimedMail } from './mail-outbox.repository';

/** Why a send failed, which decides what happens to the mail (see MailProcessor). */
export type SendFailure =
  /** The server refused this message for good (5xx on the envelope or the data). */
  | { kind: 'rejected'; reason: string }
  /** The server refused it for now (4xx): retried, given up after MAIL_MAX_ATTEMPTS. */
  | { kind: 'deferred'; reason: string }
  /** No server to talk to (connection, TLS, DNS, authentication, disk): every mail would fail; retried forever. */
  | { kind: 'unreachable'; reason: string };

export class MailSendError extends Error {
  constructor(readonly failure: SendFailure) {
    super(failure.reason);
  }
}

/**
 * Hands one rendered mail to SMTP (SMTP_URL) or, without a server, writes it
 * as an RFC 822 file to DATA_DIR/mail/ and logs its link, so a person running
 * `npm start` can follow it.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly logger = new Logger(MailTransport.name);
  private readonly smtp: Transporter | null;
  private readonly files: Transporter;
  private readonly from: string;
  private readonly domain: string;
  private readonly publicUrl: string;
  private readonly dir: string;
  private readonly smtpUrl: string | null;

  constructor(config: ConfigService<AppConfig, true>) {
    const mail = config.get('mail', { infer: true });
    this.from = mail.from;
    this.domain = mailboxAddress(mail.from)?.split('@')[1] ?? 'talentbridge.localhost';
    this.publicUrl = mail.publicUrl;
    this.dir = resolve(config.get('dataDir', { infer: true }), 'mail');
    this.smtpUrl = mail.smtpUrl;
    this.smtp = mail.smtpUrl
      ? createTransport({
          url: mail.smtpUrl,
          pool: true,
          maxConnections: 2,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : null;
    this.files = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  /** Where mails go, for the start-up log line. */
  describe(): string {
    if (!this.smtpUrl) return `files in ${this.dir}`;
    const url = new URL(this.smtpUrl);
    url.password = '';
    return `SMTP ${url.protocol}//${url.host}`;
  }

  async send(mail: ClaimedMail): Promise<void> {
    const message = {
      from: this.from,
      to: mail.toAddress,
      subject: mail.subject,
      text: mail.textBody,
      html: mail.htmlBody,
      // The same id for every attempt of one mail: a receiver can tell a resend in the crash window (docs/mail.md).
      messageId: `<${createHash('sha256').update(mail.key).digest('hex').slice(0, 40)}@${this.domain}>`,
      headers: {
        'Auto-Submitted': 'auto-generated',
        'Content-Language': mail.language,
        ...(mail.security ? {} : { 'List-Unsubscribe': `<${this.publicUrl}${SETTINGS_PATH}>` }),
      },
    };
    if (this.smtp) {
      try {
        await this.smtp.sendMail(message);
      } catch (error) {
        throw new MailSendError(classify(error));
      }
      return;
    }
    try {
      const info = (await this.files.sendMail(message)) as { message: Buffer };
      await mkdir(this.dir, { recursive: true, mode: 0o700 });
      const file = join(this.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.key.replace(/[^A-Za-z0-9._-]+/g, '_')}.eml`);
      await writeFile(file, info.message, { mode: 0o600 });
      const link = mail.textBody.match(/https?:\/\/\S+/g)?.find((url) => url !== `${this.publicUrl}${SETTINGS_PATH}`);
      this.logger.log(`Mail "${mail.subject}" to ${mail.toAddress} written to ${file}${link ? `; its link: ${link}` : ''}`);
    } catch (error) {
      throw new MailSendError({ kind: 'unreachable', reason: `cannot write the mail file: ${(error as Error).message}` });
    }
  }

  onModuleDestroy(): void {
    this.smtp?.close();
  }
}

/** nodemailer's error → what to do: SMTP reply codes of the envelope/data decide; anything else means no server. */
export function classify(error: unknown): SendFailure {
  const e = error as { code?: string; responseCode?: number; message?: string };
  const reason = e.message ?? String(error);
  const messageLevel = e.code === 'EENVELOPE' || e.code === 'EMESSAGE';
  if (messageLevel && typeof e.responseCode === 'number' && e.responseCode >= 500) return { kind: 'rejected', reason };
  if (messageLevel && typeof e.responseCode === 'number' && e.responseCode >= 400) return { kind: 'deferred', reason };
  return { kind: 'unreachable', reason };
}

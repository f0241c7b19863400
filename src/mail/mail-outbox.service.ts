import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { renderMail } from './mail-layout';
import { MailOutboxRepository } from './mail-outbox.repository';
import type { OutgoingMail } from './outgoing-mail';

export type { OutgoingMail };

/**
 * What features use to send mail: `enqueue(manager, mail)` inside the
 * transaction of the event. The mail is rendered into the platform's layout
 * and stored; it leaves after the commit (the commit wakes the mail worker of
 * every instance) and is never lost to an SMTP outage. A rolled-back
 * transaction sends nothing.
 */
@Injectable()
export class MailOutboxService {
  private readonly publicUrl: string;

  constructor(
    private readonly outbox: MailOutboxRepository,
    config: ConfigService<AppConfig, true>,
  ) {
    this.publicUrl = config.get('mail', { infer: true }).publicUrl;
  }

  /** Writes the mail into the outbox in the caller's transaction (manager); it leaves after commit. */
  async enqueue(manager: EntityManager, mail: OutgoingMail): Promise<void> {
    const rendered = renderMail(mail, this.publicUrl);
    await this.outbox.insert(manager, {
      key: mail.key,
      userId: mail.to.userId,
      toAddress: mail.to.email,
      language: mail.language,
      security: mail.security,
      subject: rendered.subject.slice(0, 300),
      textBody: rendered.text,
      htmlBody: rendered.html,
    });
  }

  /** Absolute link into the web app: PUBLIC_URL + path (+ query). */
  link(path: string, query?: Record<string, string>): string {
    const url = new URL(`${this.publicUrl}${path.startsWith('/') ? path : `/${path}`}`);
    for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, value);
    return url.toString();
  }

  /** Erasure of an account: its mails, sent or waiting, go in the caller's transaction. */
  async forgetRecipient(manager: EntityManager, userId: string): Promise<void> {
    await this.outbox.deleteForUser(manager, userId);
  }

  /** How many mails wait and how many were given up (for monitoring). */
  backlog(): Promise<{ pending: number; failed: number }> {
    return this.outbox.backlog();
  }
}

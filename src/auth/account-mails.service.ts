import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { MailOutboxService } from '../mail/mail.module';
import type { MailLanguage } from '../mail/outgoing-mail';
import { AccountTokensRepository } from './account-tokens.repository';
import { AUTH_MAIL_TEXTS } from './auth.texts';
import type { AccountTokenPurpose } from './entities/account-token.entity';

/** How long the link of a verification mail works. */
export const VERIFY_EMAIL_VALID_DAYS = 3;
/** How long the link of a password reset mail works (the contract: one hour). */
export const PASSWORD_RESET_VALID_HOURS = 1;

interface Recipient {
  id: string;
  email: string;
  language: MailLanguage;
}

/** A token for a mailed link: 32 random bytes, URL-safe; only its SHA-256 is stored. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}

export const hashLinkToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The security mails of accounts, written to the mail outbox in the caller's transaction. */
@Injectable()
export class AccountMailsService {
  constructor(
    private readonly tokens: AccountTokensRepository,
    private readonly mail: MailOutboxService,
  ) {}

  /** A fresh verification link (earlier ones keep working until used or expired). */
  async sendVerification(manager: EntityManager, user: Recipient): Promise<void> {
    const texts = AUTH_MAIL_TEXTS[user.language].verifyEmail;
    const { id, token } = await this.issue(manager, user.id, 'verify_email', VERIFY_EMAIL_VALID_DAYS * 86_400_000);
    await this.mail.enqueue(manager, {
      key: `auth.verify_email:${id}`,
      to: { userId: user.id, email: user.email },
      language: user.language,
      message: {
        subject: texts.subject,
        text: texts.text.replace('{days}', String(VERIFY_EMAIL_VALID_DAYS)),
        link: { label: texts.link, url: this.mail.link('/verify-email', { token }) },
      },
      security: true,
    });
  }

  /** A password reset link; `hash` is a token made beforehand (newLinkToken), so an unknown address costs the same work. */
  async sendPasswordReset(manager: EntityManager, user: Recipient, link: { token: string; hash: string }): Promise<void> {
    const texts = AUTH_MAIL_TEXTS[user.language].passwordReset;
    const id = await this.tokens.create(manager, {
      userId: user.id,
      purpose: 'password_reset',
      tokenHash: link.hash,
      validForMs: PASSWORD_RESET_VALID_HOURS * 3_600_000,
    });
    await this.mail.enqueue(manager, {
      key: `auth.password_reset:${id}`,
      to: { userId: user.id, email: user.email },
      language: user.language,
      message: {
        subject: texts.subject,
        text: texts.text.replace('{hours}', String(PASSWORD_RESET_VALID_HOURS)),
        link: { label: texts.link, url: this.mail.link('/reset-password', { token: link.token }) },
      },
      security: true,
    });
  }

  /** "Your password was changed" — so a takeover does not go unnoticed. */
  async sendPasswordChanged(manager: EntityManager, user: Recipient, generation: number): Promise<void> {
    const texts = AUTH_MAIL_TEXTS[user.language].passwordChanged;
    await this.mail.enqueue(manager, {
      key: `auth.password_changed:${user.id}:${generation}`,
      to: { userId: user.id, email: user.email },
      language: user.language,
      message: { subject: texts.subject, text: texts.text, link: { label: texts.link, url: this.mail.link('/forgot-password') } },
      security: true,
    });
  }

  private async issue(manager: EntityManager, userId: string, purpose: AccountTokenPurpose, validForMs: number) {
    const { token, hash } = newLinkToken();
    const id = await this.tokens.create(manager, { userId, purpose, tokenHash: hash, validForMs });
    return { id, token };
  }
}

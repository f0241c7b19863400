import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { MailLanguage } from './outgoing-mail';

/** The channel a commit that wrote mail notifies (pg_notify is delivered at commit, to every instance). */
export const MAIL_CHANNEL = 'mail_outbox';

export interface NewMailRow {
  key: string;
  userId: string | null;
  toAddress: string;
  language: MailLanguage;
  security: boolean;
  subject: string;
  textBody: string;
  htmlBody: string;
}

export interface ClaimedMail extends NewMailRow {
  id: string;
  attempts: number;
}

/** Queries over the mail outbox. */
@Injectable()
export class MailOutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts unless the key exists, and notifies the workers — at the commit of the caller's transaction. */
  async insert(manager: EntityManager, row: NewMailRow): Promise<void> {
    await manager.query(
      `WITH inserted AS (
         INSERT INTO mail_outbox (key, user_id, to_address, language, security, subject, text_body, html_body)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (key) DO NOTHING
         RETURNING id)
       SELECT pg_notify('${MAIL_CHANNEL}', id::text) FROM inserted`,
      [row.key, row.userId, row.toAddress, row.language, row.security, row.subject, row.textBody, row.htmlBody],
    );
  }

  /**
   * Runs `work` in one transaction over the oldest due mail, locked FOR UPDATE
   * SKIP LOCKED: several workers (and app instances) share the queue, and no
   * two ever hold the same row. `work` sends and marks the row in the same
   * transaction, so a sent mail is never claimed again once it commits.
   */
  claimNext<T>(work: (mail: ClaimedMail | null, manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const rows: ClaimedMail[] = await manager.query(
        `SELECT id::text AS id, key, user_id AS "userId", to_address AS "toAddress", language, security, subject,
                text_body AS "textBody", html_body AS "htmlBody", attempts
           FROM mail_outbox
          WHERE status = 'pending' AND next_attempt_at <= now()
          ORDER BY next_attempt_at, id
          LIMIT 1
          FOR UPDATE SKIP LOCKED`,
      );
      return work(rows[0] ?? null, manager);
    });
  }

  async markSent(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE mail_outbox SET status = 'sent', sent_at = clock_timestamp(), attempts = attempts + 1, last_error = NULL WHERE id = $1`,
      [id],
    );
  }

  /** Tries again `delayMs` from now (clock_timestamp(): the send may have taken a while), counting an attempt. */
  async reschedule(manager: EntityManager, id: string, delayMs: number, error: string): Promise<void> {
    await manager.query(
      `UPDATE mail_outbox
          SET attempts = attempts + 1, last_error = $3,
              next_attempt_at = clock_timestamp() + make_interval(secs => $2::double precision / 1000)
        WHERE id = $1`,
      [id, delayMs, error.slice(0, 2000)],
    );
  }

  /** Gives up on the mail: it stays, with the reason, as `failed`. */
  async markFailed(manager: EntityManager, id: string, error: string): Promise<void> {
    await manager.query(`UPDATE mail_outbox SET status = 'failed', attempts = attempts + 1, last_error = $2 WHERE id = $1`, [
      id,
      error.slice(0, 2000),
    ]);
  }

  /** How many mails wait to be sent and how many were given up. */
  async backlog(): Promise<{ pending: number; failed: number }> {
    const [row] = await this.dataSource.query<{ pending: number; failed: number }[]>(
      `SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending, count(*) FILTER (WHERE status = 'failed')::int AS failed
         FROM mail_outbox`,
    );
    return row;
  }

  /** Forgets sent and failed mails older than `days` (they hold personal data; the log of what happened is enough). */
  async deleteSettledBefore(days: number): Promise<number> {
    const result: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM mail_outbox WHERE status <> 'pending' AND COALESCE(sent_at, created_at) < now() - make_interval(days => $1)`,
      [days],
    );
    return result[1] ?? 0;
  }

  /** Erasure: every mail of this account, sent or not, in the caller's transaction. */
  async deleteForUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM mail_outbox WHERE user_id = $1`, [userId]);
  }
}

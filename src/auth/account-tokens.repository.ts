import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AccountTokenPurpose } from './entities/account-token.entity';

/** Queries over the tokens of mailed links (stored as SHA-256 only). */
@Injectable()
export class AccountTokensRepository {
  /** Stores a new token (and forgets this account's tokens that expired a day ago or more); returns its id. */
  async create(
    manager: EntityManager,
    token: { userId: string; purpose: AccountTokenPurpose; tokenHash: string; validForMs: number },
  ): Promise<string> {
    await manager.query(`DELETE FROM account_tokens WHERE user_id = $1 AND expires_at < now() - interval '1 day'`, [token.userId]);
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO account_tokens (user_id, purpose, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4::double precision / 1000)) RETURNING id`,
      [token.userId, token.purpose, token.tokenHash, token.validForMs],
    );
    return rows[0].id;
  }

  /**
   * Uses the token up, if it is known, unused and unexpired — checked and
   * marked in one statement, so two requests with the same token cannot both
   * succeed. Returns the account it belongs to, or null.
   */
  async consume(manager: EntityManager, purpose: AccountTokenPurpose, tokenHash: string): Promise<string | null> {
    const [rows] = (await manager.query(
      `UPDATE account_tokens SET used_at = now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id AS "userId"`,
      [tokenHash, purpose],
    )) as [{ userId: string }[], number];
    return rows[0]?.userId ?? null;
  }

  /** Every unused token of this purpose stops working (the job is done, or the password changed). */
  async useUpAll(manager: EntityManager, userId: string, purpose: AccountTokenPurpose): Promise<void> {
    await manager.query(`UPDATE account_tokens SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`, [
      userId,
      purpose,
    ]);
  }
}

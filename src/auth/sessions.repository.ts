import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from './role';

export interface SessionAccount {
  id: string;
  email: string;
  role: Role;
}

/** The checks behind every request with a token, and the deny list of signed-out tokens. */
@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The account of a token, if the token is still good: the account exists,
   * its token generation is the token's, and the token was not signed out.
   * One round trip, two primary-key lookups.
   */
  async findActive(userId: string, generation: number, tokenId: string): Promise<SessionAccount | null> {
    const rows: SessionAccount[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.role FROM users u
        WHERE u.id = $1 AND u.token_generation = $2
          AND NOT EXISTS (SELECT 1 FROM revoked_access_tokens r WHERE r.jti = $3)`,
      [userId, generation, tokenId],
    );
    return rows[0] ?? null;
  }

  /** Signs one token out until it expires; entries of tokens that expired anyway are dropped on the way. */
  async revoke(tokenId: string, userId: string, expiresAt: Date): Promise<void> {
    await this.dataSource.query(`DELETE FROM revoked_access_tokens WHERE expires_at < now()`);
    await this.dataSource.query(
      `INSERT INTO revoked_access_tokens (jti, user_id, expires_at) VALUES ($1, $2, $3) ON CONFLICT (jti) DO NOTHING`,
      [tokenId, userId, expiresAt],
    );
  }
}

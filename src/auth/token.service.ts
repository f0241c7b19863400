import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import type { Role } from './role';

export const JWT_ALGORITHM = 'HS256' as const;

interface AccessTokenClaims {
  sub: string;
  role: Role;
  /** The account's token generation when issued: a reset or password change bumps it and ends every session. */
  gen: number;
  /** This token's id, for signing out just this session (the deny list). */
  jti: string;
  exp?: number;
}

/** What a valid token says. */
export interface AccessTokenSubject {
  userId: string;
  generation: number;
  tokenId: string;
  expiresAt: Date;
}

@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  issue(userId: string, role: Role, generation: number): Promise<string> {
    return this.jwt.signAsync({ sub: userId, role, gen: generation, jti: randomUUID() } satisfies AccessTokenClaims, {
      algorithm: JWT_ALGORITHM,
    });
  }

  /**
   * What a valid token says, or null. Only HS256 is accepted: `alg: none` and
   * others are refused; so are tokens without a generation and an id (issued
   * before sign-out existed: their owners sign in again).
   */
  async verify(token: string): Promise<AccessTokenSubject | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { algorithms: [JWT_ALGORITHM] });
      const valid =
        typeof claims.sub === 'string' &&
        Number.isInteger(claims.gen) &&
        typeof claims.jti === 'string' &&
        /^[0-9a-f-]{36}$/.test(claims.jti) &&
        typeof claims.exp === 'number';
      return valid ? { userId: claims.sub, generation: claims.gen, tokenId: claims.jti, expiresAt: new Date(claims.exp! * 1000) } : null;
    } catch {
      return null;
    }
  }
}

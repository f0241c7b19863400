import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Role } from './role';

export const JWT_ALGORITHM = 'HS256' as const;

interface AccessTokenClaims {
  sub: string;
  role: Role;
}

@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  issue(userId: string, role: Role): Promise<string> {
    return this.jwt.signAsync({ sub: userId, role } satisfies AccessTokenClaims, { algorithm: JWT_ALGORITHM });
  }

  /** The subject of a valid token, or null. Only HS256 is accepted: `alg: none` and others are refused. */
  async verify(token: string): Promise<string | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { algorithms: [JWT_ALGORITHM] });
      return typeof claims.sub === 'string' ? claims.sub : null;
    } catch {
      return null;
    }
  }
}

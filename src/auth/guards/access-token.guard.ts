import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { InvalidTokenError } from '../auth.errors';
import type { AuthenticatedUser, SessionToken } from '../authenticated-user';
import { AUTH_MODE_KEY, AuthMode } from '../decorators/public.decorator';
import { SessionsRepository } from '../sessions.repository';
import { TokenService } from '../token.service';

/**
 * Global guard: every route needs a valid bearer token unless marked @Public
 * or @OptionalAuth. Each request checks the token against PostgreSQL — the
 * account exists, the token's generation is the account's (a password reset
 * or change ends every earlier session) and the token was not signed out —
 * in one round trip over two primary keys, so it holds on every instance at
 * once, with no cache to go stale.
 */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly sessions: SessionsRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const mode = this.reflector.getAllAndOverride<AuthMode | undefined>(AUTH_MODE_KEY, [context.getHandler(), context.getClass()]);
    if (mode === 'public') return true;
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser; sessionToken?: SessionToken }>();
    const token = bearerToken(request);
    if (!token) {
      if (mode === 'optional') return true;
      throw new InvalidTokenError();
    }
    const subject = await this.tokens.verify(token);
    const user = subject ? await this.sessions.findActive(subject.userId, subject.generation, subject.tokenId) : null;
    if (!subject || !user) throw new InvalidTokenError();
    request.user = { id: user.id, email: user.email, role: user.role };
    request.sessionToken = { tokenId: subject.tokenId, expiresAt: subject.expiresAt };
    return true;
  }
}

function bearerToken(request: Request): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const [scheme, token] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : '';
}

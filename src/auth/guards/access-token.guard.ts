import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { InvalidTokenError } from '../auth.errors';
import type { AuthenticatedUser } from '../authenticated-user';
import { AUTH_MODE_KEY, AuthMode } from '../decorators/public.decorator';
import { TokenService } from '../token.service';
import { UsersRepository } from '../users.repository';

/**
 * Global guard: every route needs a valid bearer token unless marked @Public
 * or @OptionalAuth. The account is re-read on each request, so a token of an
 * erased account stops working at once.
 */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly users: UsersRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const mode = this.reflector.getAllAndOverride<AuthMode | undefined>(AUTH_MODE_KEY, [context.getHandler(), context.getClass()]);
    if (mode === 'public') return true;
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const token = bearerToken(request);
    if (!token) {
      if (mode === 'optional') return true;
      throw new InvalidTokenError();
    }
    const userId = await this.tokens.verify(token);
    const user = userId ? await this.users.findById(userId) : null;
    if (!user) throw new InvalidTokenError();
    request.user = { id: user.id, email: user.email, role: user.role };
    return true;
  }
}

function bearerToken(request: Request): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const [scheme, token] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : '';
}

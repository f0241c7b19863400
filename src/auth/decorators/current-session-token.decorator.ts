import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { SessionToken } from '../authenticated-user';

/** The access token of the request (its id and expiry), as the guard read it. */
export const CurrentSessionToken = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SessionToken | undefined =>
    context.switchToHttp().getRequest<{ sessionToken?: SessionToken }>().sessionToken,
);

import type { HeadersObject } from '@nestjs/swagger';
import { INT32_MAX } from '../common/http/api-schema';

/** Named rate limits of the auth routes (see AuthModule). */
export const ACCOUNT_THROTTLER = 'account';
export const CLIENT_THROTTLER = 'client';

/** Client address plus the e-mail the request names: login attempts against one account from one client. */
export function accountTracker(req: Record<string, unknown>): string {
  const body = req.body as { email?: unknown } | undefined;
  const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
  return `${String(req.ip)}|${email}`;
}

/**
 * The headers ThrottlerGuard sets, for the OpenAPI document: per named limit
 * `X-RateLimit-{Limit,Remaining,Reset}-<name>` on answers that passed it, and
 * `Retry-After-<name>` (seconds) on the 429 of the limit that was hit.
 */
export function rateLimitHeaders(throttlers: readonly string[], options: { retryAfter?: boolean } = {}): HeadersObject {
  const seconds = { type: 'integer', format: 'int32', minimum: 0, maximum: 86_400 } as const;
  const count = { type: 'integer', format: 'int32', minimum: 0, maximum: INT32_MAX } as const;
  return Object.fromEntries(
    throttlers.flatMap((name) => [
      [`X-RateLimit-Limit-${name}`, { description: `Requests allowed per minute by the "${name}" limit`, schema: count }],
      [`X-RateLimit-Remaining-${name}`, { description: `Requests left in the current minute of the "${name}" limit`, schema: count }],
      [`X-RateLimit-Reset-${name}`, { description: `Seconds until the "${name}" limit's minute starts again`, schema: seconds }],
      ...(options.retryAfter
        ? [[`Retry-After-${name}`, { description: `Seconds to wait, when the "${name}" limit was hit`, schema: seconds }] as const]
        : []),
    ]),
  );
}

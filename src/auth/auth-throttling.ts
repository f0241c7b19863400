/** Named rate limits of the auth routes (see AuthModule). */
export const ACCOUNT_THROTTLER = 'account';
export const CLIENT_THROTTLER = 'client';

/** Client address plus the e-mail the request names: login attempts against one account from one client. */
export function accountTracker(req: Record<string, unknown>): string {
  const body = req.body as { email?: unknown } | undefined;
  const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
  return `${String(req.ip)}|${email}`;
}

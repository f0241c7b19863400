/**
 * Whether an error means "the database cannot be reached right now" (down,
 * restarting, the network or the pool gave up), as opposed to a bad query:
 * the exception filter answers those 503 `database.unavailable` with a
 * Retry-After, whatever route raised them. Recognises node's socket errors, pg's
 * own messages, the SQLSTATEs of class 08 (connection exception) and 57P01–57P03
 * (admin/crash shutdown, cannot connect now), also wrapped by TypeORM
 * (QueryFailedError.driverError) or as a `cause` / AggregateError.
 */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNABORTED',
  'EAI_AGAIN',
]);
const SHUTDOWN_SQLSTATES = new Set(['57P01', '57P02', '57P03']);
const CONNECTION_EXCEPTION_SQLSTATE = /^08[0-9A-Z]{3}$/;
const MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)/i,
  /client has encountered a connection error and is not queryable/i,
];
/** How deep to follow driverError / cause / errors (a cycle cannot loop). */
const MAX_DEPTH = 4;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH || typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  if (
    typeof e.code === 'string' &&
    (SOCKET_CODES.has(e.code) || SHUTDOWN_SQLSTATES.has(e.code) || CONNECTION_EXCEPTION_SQLSTATE.test(e.code))
  ) {
    return true;
  }
  if (typeof e.message === 'string' && MESSAGES.some((pattern) => pattern.test(e.message as string))) return true;
  const nested = [e.driverError, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return nested.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

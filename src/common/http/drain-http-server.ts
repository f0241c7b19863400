import type { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

const IDLE_SWEEP_MS = 50;

/**
 * Graceful stop of an HTTP server: stops accepting connections at once, lets
 * the requests being served finish for up to `drainMs` (keep-alive connections
 * are closed as soon as they are idle), then closes whatever is still open.
 * Resolves with "drained" when every request finished in time, "cut" otherwise.
 */
export async function drainHttpServer(server: Server, drainMs: number): Promise<'drained' | 'cut'> {
  if (!server.listening) return 'drained';
  let done = false;
  const closed = new Promise<void>((resolve) => server.close(() => resolve())).then(() => (done = true));
  const deadline = Date.now() + drainMs;
  while (!done && Date.now() < deadline) {
    server.closeIdleConnections();
    await Promise.race([closed, sleep(Math.min(IDLE_SWEEP_MS, Math.max(0, deadline - Date.now())))]);
  }
  if (done) return 'drained';
  server.closeAllConnections();
  await closed;
  return 'cut';
}

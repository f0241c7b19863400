import { setTimeout as sleep } from 'node:timers/promises';
import type { TestApp } from './test-app';

/**
 * Waits until the search outbox has no row left (for `resource`, or at all):
 * every committed change has then been applied to Meilisearch. Polls the
 * database instead of sleeping a fixed time.
 */
export async function outboxDrained(t: TestApp, resource?: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ n }] = await t.sql<{ n: string }>(
      `SELECT count(*) AS n FROM search_outbox WHERE $1::text IS NULL OR resource = $1`,
      [resource ?? null],
    );
    if (Number(n) === 0) return;
    if (Date.now() > deadline) throw new Error(`search outbox still has ${n} rows after ${timeoutMs} ms`);
    await sleep(50);
  }
}

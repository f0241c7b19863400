import { setTimeout as sleep } from 'node:timers/promises';
import { equals } from '../../src/search/filter-expression';
import { createMeilisearchClient } from '../../src/search/meilisearch.client';
import type { TestApp, TestClient } from './test-app';

/**
 * Waits until the search outbox has no row left (for `resource`, or at all):
 * every committed change has then been applied to Meilisearch. Polls the
 * database instead of sleeping a fixed time.
 */
export async function outboxDrained(t: TestClient, resource?: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ n }] = await t.sql<{ n: string }>(`SELECT count(*) AS n FROM search_outbox WHERE $1::text IS NULL OR resource = $1`, [
      resource ?? null,
    ]);
    if (Number(n) === 0) return;
    if (Date.now() > deadline) throw new Error(`search outbox still has ${n} rows after ${timeoutMs} ms`);
    await sleep(50);
  }
}

/** Searches candidates until `until` holds or `timeoutMs` passes; returns the last answer. */
export async function searchUntil(
  t: TestClient,
  auth: Record<string, string>,
  query: Record<string, string | number>,
  until: (body: { items: { id: string }[]; total: number }) => boolean,
  timeoutMs = 1_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await t.http().get('/api/v1/candidates/search').set(auth).query(query);
    if (res.status !== 200) throw new Error(`search failed: ${res.status} ${JSON.stringify(res.body)}`);
    if (until(res.body) || Date.now() > deadline) return res;
    await sleep(50);
  }
}

export const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);

/** Straight from Meilisearch, not through the app: does the index of `resource` hold a document with this id? */
export async function inIndex(t: Pick<TestApp, 'config'>, resource: string, id: string): Promise<boolean> {
  const meili = createMeilisearchClient(t.config.meiliUrl, t.config.meiliMasterKey);
  const { hits } = await meili.index(`${t.config.meiliIndexPrefix}${resource}`).search('', { filter: equals('id', id) });
  return hits.length > 0;
}

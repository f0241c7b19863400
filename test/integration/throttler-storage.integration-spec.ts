import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { ThrottlerHitsRepository } from '../../src/auth/throttling/throttler-hits.repository';
import { PostgresThrottlerStorage } from '../../src/auth/throttling/postgres-throttler.storage';
import { useTestApp } from '../utils/test-app';

/** PostgresThrottlerStorage against the real table: the window, the block, concurrent hits, the cleanup. */
describe('PostgresThrottlerStorage', () => {
  const t = useTestApp();
  const key = () => `test:${randomBytes(6).toString('hex')}`;
  const storage = () => t.app.get(PostgresThrottlerStorage);

  it('counts hits in a window, blocks the hit over the limit for the block duration, then starts afresh', async () => {
    const k = key();
    const hit = () => storage().increment(k, 600, 3, 600, 'account');
    const first = await hit();
    expect(first).toEqual({ totalHits: 1, timeToExpire: 1, isBlocked: false, timeToBlockExpire: 0 });
    expect((await hit()).totalHits).toBe(2);
    expect((await hit()).isBlocked).toBe(false);
    const over = await hit();
    expect(over).toMatchObject({ totalHits: 4, isBlocked: true, timeToBlockExpire: 1 });
    // While blocked, hits are refused and not counted.
    expect(await hit()).toMatchObject({ totalHits: 4, isBlocked: true });
    await sleep(700);
    expect(await hit()).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('starts a new window when the last one ran out', async () => {
    const k = key();
    await storage().increment(k, 300, 10, 300, 'client');
    await storage().increment(k, 300, 10, 300, 'client');
    await sleep(400);
    expect(await storage().increment(k, 300, 10, 300, 'client')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('loses no hit under concurrency and keeps the named limits of one key apart', async () => {
    const k = key();
    const records = await Promise.all(Array.from({ length: 20 }, () => storage().increment(k, 60_000, 100, 60_000, 'account')));
    expect(records.map((r) => r.totalHits).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, n) => n + 1));
    expect((await storage().increment(k, 60_000, 100, 60_000, 'client')).totalHits).toBe(1);
  });

  it('deletes only counters whose window and block are over', async () => {
    const done = key();
    const live = key();
    await storage().increment(done, 100, 10, 100, 'account');
    await storage().increment(live, 60_000, 10, 60_000, 'account');
    await sleep(200);
    expect(await t.app.get(ThrottlerHitsRepository).deleteExpired()).toBeGreaterThanOrEqual(1);
    const rows = await t.sql<{ key: string }>(`SELECT key FROM throttler_hits WHERE key = ANY($1)`, [[done, live]]);
    expect(rows.map((r) => r.key)).toEqual([live]);
  });
});

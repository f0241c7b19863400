import type { BenchContext } from '../bench-context';
import { concurrently, load, type LoadResult } from '../load/autocannon-load';
import { captureSearch, type CapturedSearch, rawSearchRequest } from './search-baselines';

export interface SearchComparison<I> {
  target: string;
  data: string;
  token?: string;
  inputs: I[];
  /** The app route with its query string, from /api/v1 on. */
  path(input: I): string;
  /** The closest PostgreSQL query and its parameters. */
  pgQuery(input: I): [string, unknown[]];
  /** The indexes a team would add for that query (created for the measurement, dropped after). */
  indexes: { create: string[]; drop: string[] };
  note: string;
}

/**
 * Target 3 for one search route: the app at concurrency 1 and 16 (autocannon) against the same query sent raw to
 * Meilisearch's own HTTP API (captured from the app, same key) and against PostgreSQL without and with the indexes.
 */
export async function compareSearch<I>(ctx: BenchContext, spec: SearchComparison<I>): Promise<void> {
  const { stack, options } = ctx;
  const captured: CapturedSearch[] = [];
  const appHits: number[] = [];
  const pgHits: number[] = [];
  const auth: Record<string, string> = spec.token ? { Authorization: `Bearer ${spec.token}` } : {};
  for (const input of spec.inputs) {
    captured.push(
      await captureSearch(stack, async () => {
        const res = await fetch(`${stack.baseUrl}${spec.path(input)}`, { headers: auth });
        if (!res.ok) throw new Error(`${spec.path(input)} → ${res.status} ${await res.text()}`);
        appHits.push(((await res.json()) as { total: number }).total);
      }),
    );
    const [sql, params] = spec.pgQuery(input);
    pgHits.push(Number((await stack.pg.query(sql, params)).rows[0]?.total ?? 0));
  }
  const seconds = options.loadSeconds;
  const appAt = (connections: number) =>
    load(
      stack.appUrl,
      spec.inputs.map((i) => ({ path: spec.path(i) })),
      { connections, seconds, headers: auth },
    );
  const meiliAt = (connections: number) =>
    load(stack.config.meiliUrl, captured.map(rawSearchRequest), {
      connections,
      seconds,
      headers: { Authorization: `Bearer ${stack.config.meiliMasterKey}` },
    });
  const pgAt = (connections: number) => concurrently(spec.inputs, (i) => stack.pg.query(...spec.pgQuery(i)), connections, seconds);
  const app1 = await appAt(1);
  const meili1 = await meiliAt(1);
  const app16 = await appAt(16);
  const meili16 = await meiliAt(16);
  const plain1 = await pgAt(1);
  const plain16 = await pgAt(16);
  for (const sql of spec.indexes.create) await stack.pg.query(sql);
  let pg1: LoadResult;
  let pg16: LoadResult;
  try {
    pg1 = await pgAt(1);
    pg16 = await pgAt(16);
  } finally {
    for (const sql of spec.indexes.drop) await stack.pg.query(sql);
  }
  const failures = [app1, app16, meili1, meili16].reduce((n, r) => n + r.failures, 0);
  const within = (a: number, b: number) => ({ text: '≤ 1.5× Meilisearch', met: a <= 1.5 * b });
  const avg = (v: number[]) => (v.reduce((a, b) => a + b, 0) / Math.max(1, v.length)).toFixed(0);
  const base = { target: spec.target, data: spec.data };
  ctx.rows.push(
    { ...base, figure: 'p50, concurrency 1 (autocannon)', unit: 'ms', app: app1.p50, meili: meili1.p50, pg: pg1.p50, pgPlain: plain1.p50 },
    {
      ...base,
      figure: 'p95, concurrency 1 (autocannon)',
      unit: 'ms',
      app: app1.p95,
      meili: meili1.p95,
      pg: pg1.p95,
      pgPlain: plain1.p95,
      goal: within(app1.p95, meili1.p95),
      note: `${spec.note} Hits per query on average: app ${avg(appHits)}, PostgreSQL ${avg(pgHits)}.${failures ? ` ${failures} requests failed (non-2xx or timeout).` : ''}`,
    },
    {
      ...base,
      figure: 'p95, concurrency 16 (autocannon)',
      unit: 'ms',
      app: app16.p95,
      meili: meili16.p95,
      pg: pg16.p95,
      pgPlain: plain16.p95,
      goal: within(app16.p95, meili16.p95),
    },
    {
      ...base,
      figure: 'throughput, concurrency 16',
      unit: 'req/s',
      app: app16.rps,
      meili: meili16.rps,
      pg: pg16.rps,
      pgPlain: plain16.rps,
    },
  );
}

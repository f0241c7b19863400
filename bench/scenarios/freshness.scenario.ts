import { setTimeout as sleep } from 'node:timers/promises';
import { CANDIDATES_INDEX } from '../../src/candidates/candidates.index';
import { SearchEngineService } from '../../src/search/search-engine.service';
import { api, type BenchContext, thousands } from '../bench-context';
import { candidateProfileBody } from '../matching-population';
import { percentiles } from '../measure';
import { candidateWithProfile } from './search-baselines';

const POLL_MS = 5;
const GIVE_UP_MS = 60_000;

/** A random word of letters (Meilisearch keeps it one token; 12 letters are far from any other word). */
const word = () => Array.from({ length: 12 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

async function until(found: () => Promise<boolean>): Promise<number> {
  const started = process.hrtime.bigint();
  const deadline = Date.now() + GIVE_UP_MS;
  while (!(await found())) {
    if (Date.now() > deadline) throw new Error(`not searchable after ${GIVE_UP_MS} ms`);
    await sleep(POLL_MS);
  }
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * Target 5: a visible candidate PATCHes their headline through the API (the measured app, its outbox worker) and an
 * employer's candidate search is polled every 5 ms until it finds the new word; against Meilisearch's own path for
 * the same document: addDocuments of the changed document, polled by raw search until found.
 */
export async function freshness(ctx: BenchContext): Promise<void> {
  const { stack, options } = ctx;
  const me = await candidateWithProfile(stack, 'bench-freshness@bench.example', candidateProfileBody(ctx.pool[0], 99));
  const uid = stack.app.get(SearchEngineService, { strict: false }).uid(CANDIDATES_INDEX);
  const index = stack.meili.index(uid);
  const viaApp = async (q: string) => {
    const res = await fetch(`${stack.appUrl}/api/v1/candidates/search?q=${q}`, {
      headers: { Authorization: `Bearer ${ctx.employerToken}` },
    });
    return res.ok && (await res.text()).includes(me.profileId);
  };
  const viaMeili = async (q: string) =>
    (await index.search<{ id: string }>(q, { attributesToRetrieve: ['id'] })).hits.some((h) => h.id === me.profileId);
  await until(async () => (await index.getDocument(me.profileId).catch(() => null)) !== null); // first indexed through the outbox
  let version = me.version;
  const app: number[] = [];
  const meili: number[] = [];
  for (let i = 0; i < options.freshnessEdits; i++) {
    const q = word();
    const started = process.hrtime.bigint();
    const saved = await api<{ version: number }>(stack, 'PATCH', '/candidates/me', { headline: `Welder ${q}`, version }, me.token);
    version = saved.version;
    await until(() => viaApp(q));
    app.push(Number(process.hrtime.bigint() - started) / 1e6);

    const raw = word();
    const doc = (await index.getDocument(me.profileId)) as Record<string, unknown>;
    const rawStarted = process.hrtime.bigint();
    await index.addDocuments([{ ...doc, headline: `Welder ${raw}` }]);
    await until(() => viaMeili(raw));
    meili.push(Number(process.hrtime.bigint() - rawStarted) / 1e6);
  }
  const a = percentiles(app);
  const m = percentiles(meili);
  const base = {
    target: '5 · freshness: `PATCH /candidates/me` → found by search',
    data: `${thousands(ctx.candidates)} candidates, ${app.length} edits`,
    unit: 'ms' as const,
  };
  ctx.rows.push(
    { ...base, figure: 'p50', app: a.p50, meili: m.p50 },
    {
      ...base,
      figure: 'p95',
      app: a.p95,
      meili: m.p95,
      goal: { text: '≤ 1.5× Meilisearch', met: a.p95 <= 1.5 * m.p95 },
      note: `app: PATCH answered → outbox → worker → Meilisearch task → the employer's search (polled every ${POLL_MS} ms through the API) finds it; Meilisearch: addDocuments of the changed document → raw search finds it (polled every ${POLL_MS} ms)`,
    },
  );
}

import { JobOffersRepository } from '../../src/job-offers/job-offers.repository';
import { ExactRankingService } from '../../src/matching/exact-ranking.service';
import { toOfferFacts } from '../../src/matching/match-facts.mapper';
import { MatchingService } from '../../src/matching/matching.service';
import type { RankedId } from '../../src/matching/ranking';
import { hardRequirementFilter } from '../../src/matching/retrieval/candidate-retrieval-plan';
import { CANDIDATES_INDEX } from '../../src/candidates/candidates.index';
import { SearchEngineService } from '../../src/search/search-engine.service';
import { api, type BenchContext, thousands } from '../bench-context';
import { samePositions, sharePercent, SkillOverlapFloor } from '../floors/skill-overlap.floor';
import { concurrently, load } from '../load/autocannon-load';
import { offerPlan } from '../matching-population';
import { time } from '../measure';
import type { Row } from '../report';

const TOP = 20;
const TARGET = '1 · `GET /job-offers/:id/matches?limit=20`';

interface OfferUnderTest {
  id: string;
  family: string;
  skillUris: string[];
  /** The raw Meilisearch floor: the hard-requirement filter and the offer's labels as q. */
  q: string;
  filter: string | undefined;
}

let offers: OfferUnderTest[] | null = null;

/** The offers (created once through the API, as the verified employer), drawn round-robin from the five families. */
async function offersUnderTest(ctx: BenchContext): Promise<OfferUnderTest[]> {
  if (offers) return offers;
  const repository = ctx.stack.app.get(JobOffersRepository, { strict: false });
  offers = [];
  for (const planned of offerPlan(ctx.pool, ctx.options.matchOffers)) {
    const { id } = await api<{ id: string }>(ctx.stack, 'POST', '/job-offers', planned.body, ctx.employerToken);
    const offer = (await repository.findWithEmployer(id))!;
    const skills = [...offer.requiredSkills, ...offer.optionalSkills];
    offers.push({
      id,
      family: planned.family,
      skillUris: skills.flatMap((s) => (s.escoUri ? [s.escoUri] : [])),
      q: [...skills.map((s) => s.label), offer.occupationLabel].join(' '),
      filter: hardRequirementFilter(toOfferFacts(offer)),
    });
  }
  return offers;
}

/** Target 1 at the current number of candidates: latency at concurrency 1 and 8, exactness, retrieval stats, both floors. */
export async function offerMatches(ctx: BenchContext): Promise<{ p95: number; p95Conc8: number; perOffer: string }> {
  const { stack, options } = ctx;
  const list = await offersUnderTest(ctx);
  const data = `${thousands(ctx.candidates)} candidates, ${list.length} offers`;
  const reference = stack.app.get(ExactRankingService, { strict: false });
  const matching = stack.app.get(MatchingService, { strict: false });
  const engine = stack.app.get(SearchEngineService, { strict: false });
  const uid = engine.uid(CANDIDATES_INDEX);
  const floor = await SkillOverlapFloor.candidates(stack.pg);
  const path = (o: OfferUnderTest) => `/api/v1/job-offers/${o.id}/matches?limit=${TOP}`;
  const auth = { Authorization: `Bearer ${ctx.employerToken}` };

  const exact = new Map<string, RankedId[]>();
  const exactTiming = await time(list, async (o) => exact.set(o.id, await reference.exactTopForOffer(o.id, TOP)), 0);

  const route = new Map<string, RankedId[]>();
  const calls = list.flatMap((o) => Array.from({ length: options.callsPerOffer }, () => o));
  const app1 = await time(
    calls,
    async (o) => {
      const res = await fetch(`${stack.appUrl}${path(o)}`, { headers: auth });
      if (!res.ok) throw new Error(`matches → ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { items: { candidate: { id: string }; score: number }[] };
      route.set(
        o.id,
        body.items.map((i) => ({ id: i.candidate.id, score: i.score })),
      );
    },
    list.length,
  );
  const meiliBody = (o: OfferUnderTest) => ({ filter: o.filter, limit: TOP, attributesToRetrieve: ['id'] });
  const meiliTop = new Map<string, RankedId[]>();
  const meili1 = await time(
    list.flatMap((o) => [o, o, o]),
    async (o) => {
      const res = await stack.meili.index(uid).search<{ id: string }>(o.q, meiliBody(o));
      meiliTop.set(
        o.id,
        res.hits.map((h, i) => ({ id: h.id, score: -i })),
      );
    },
    list.length,
  );
  const pgTop = new Map<string, RankedId[]>();
  const pg1 = await time(
    list.flatMap((o) => [o, o, o]),
    async (o) => pgTop.set(o.id, await floor.top(o.skillUris, TOP)),
    list.length,
  );

  const seconds = options.loadSeconds;
  const app8 = await load(
    stack.appUrl,
    list.map((o) => ({ path: path(o) })),
    { connections: 8, seconds, headers: auth },
  );
  const meili8 = await load(
    stack.config.meiliUrl,
    list.map((o) => ({ method: 'POST' as const, path: `/indexes/${uid}/search`, body: JSON.stringify({ q: o.q, ...meiliBody(o) }) })),
    { connections: 8, seconds, headers: { Authorization: `Bearer ${stack.config.meiliMasterKey}` } },
  );
  const pg8 = await concurrently(list, (o) => floor.top(o.skillUris, TOP), 8, seconds);

  // Whatever RetrievalStats carries beyond the four known fields (per-stage timings, request counts), one level deep.
  const stats = await Promise.all(
    list.map(async (o) => flatten((await matching.topForOffer(o.id, TOP))!.stats as unknown as Record<string, unknown>)),
  );
  const overflowed = stats.filter((s) => s.overflowed).length;
  const mean = (key: string) => stats.reduce((a, s) => a + Number(s[key] ?? 0), 0) / Math.max(1, stats.length);
  const known = ['cellsFetched', 'cellsPlanned', 'retrieved', 'overflowed'];
  const extra = Object.keys(stats[0] ?? {}).filter((k) => !known.includes(k) && typeof stats[0][k] === 'number');
  const stages = extra.length
    ? `; per call on average: ${extra.map((k) => `${k} ${mean(k).toFixed(1)}`).join(', ')}`
    : '; no per-stage timings in stats yet';
  const families = [...new Set(list.map((o) => o.family))].join(', ');
  const agree = (m: Map<string, RankedId[]>) => sharePercent(list.map((o) => samePositions(m.get(o.id) ?? [], exact.get(o.id)!, TOP)));

  const add = (figure: string, unit: 'ms' | 'req/s' | '%', app: number, meili: number, pg: number, extraFields: Partial<Row> = {}) =>
    ctx.rows.push({ target: TARGET, figure, data, unit, app, meili, pg, ...extraFields });
  add('p50, concurrency 1', 'ms', app1.p50, meili1.p50, pg1.p50);
  add('p95, concurrency 1', 'ms', app1.p95, meili1.p95, pg1.p95, {
    goal: { text: '< 100 ms', met: app1.p95 < 100 },
    note: `${app1.runs} calls; floors: Meilisearch = hard-requirement filter + the offer's labels, 20 hits; PostgreSQL = GIN on skill-URI arrays, rank = shared skills, top 20`,
  });
  add('p95, concurrency 8 (autocannon)', 'ms', app8.p95, meili8.p95, pg8.p95, {
    note: `${app8.requests} requests in ${seconds} s${app8.failures ? `, ${app8.failures} failed (non-2xx or timeout)` : ''}`,
  });
  add('throughput, concurrency 8', 'req/s', app8.rps, meili8.rps, pg8.rps);
  add('top-20 positions equal to the exact reference', '%', agree(route), agree(meiliTop), agree(pgTop), {
    goal: { text: '≥ 99 %', met: agree(route) >= 99 },
    note:
      `offers from ${families}; ${overflowed}/${list.length} had a cell overflow the cap; cells fetched ${mean('cellsFetched').toFixed(1)} of ${mean('cellsPlanned').toFixed(1)}, ` +
      `${mean('retrieved').toFixed(0)} candidates retrieved per call${stages}; exactTopForOffer p50 ${exactTiming.p50.toFixed(0)} ms`,
  });
  const perOffer = [
    `## Matches per offer at ${data}`,
    '',
    '| offer | family | skills asked | cells fetched / planned | rounds | candidates retrieved | a cell overflowed | ms in the service | positions equal to exact |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...list.map((o, i) => {
      const same = samePositions(route.get(o.id) ?? [], exact.get(o.id)!, TOP);
      const st = stats[i];
      return `| ${i + 1} | ${o.family} | ${o.skillUris.length} | ${st.cellsFetched} / ${st.cellsPlanned} | ${st.rounds} | ${st.retrieved} | ${st.overflowed ? 'yes' : 'no'} | ${Number(st.totalMs).toFixed(0)} | ${same.same}/${same.total} |`;
    }),
  ].join('\n');
  return { p95: app1.p95, p95Conc8: app8.p95, perOffer };
}

function flatten(stats: Record<string, unknown>): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stats)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, v] of Object.entries(value as Record<string, unknown>)) flat[`${key}.${inner}`] = v;
    } else flat[key] = value;
  }
  return flat;
}

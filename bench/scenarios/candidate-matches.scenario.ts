import { ExactRankingService } from '../../src/matching/exact-ranking.service';
import { MatchingService } from '../../src/matching/matching.service';
import type { OfferRankingStats } from '../../src/matching/offer-ranking.service';
import type { RankedId } from '../../src/matching/ranking';
import { JOB_OFFERS_INDEX } from '../../src/job-offers/job-offers.index';
import { SearchEngineService } from '../../src/search/search-engine.service';
import { type BenchContext, thousands } from '../bench-context';
import { samePositions, sharePercent, SkillOverlapFloor } from '../floors/skill-overlap.floor';
import { candidateProfileBody } from '../matching-population';
import { time } from '../measure';
import { candidateWithProfile } from './search-baselines';

const TOP = 20;
const TARGET = '2 · `GET /candidates/me/matches`';

/**
 * Target 2: candidates of each family (created through the API, visible) ask for their matches among the published
 * offers; p50/p95 at concurrency 1 and exactness against ExactRankingService.exactTopForCandidate. Floors: Meilisearch
 * (any of the candidate's skill URIs as filter, the skill labels as q, 20 hits) and PostgreSQL (GIN on offer skill URIs).
 */
export async function candidateMatches(ctx: BenchContext, publishedOffers: number): Promise<void> {
  const { stack, options, pool } = ctx;
  const labels = new Map(pool.flatMap((o) => [...o.essential, ...o.optional, o.occupation]).map((c) => [c.escoUri, c.label]));
  const families = [...new Set(pool.map((p) => p.family))];
  const people: { token: string; profileId: string; version: number; skillUris: string[] }[] = [];
  for (let i = 0; i < options.matchCandidates; i++) {
    const members = pool.filter((p) => p.family === families[i % families.length]);
    const body = candidateProfileBody(members[Math.floor(i / families.length) % members.length], i);
    const saved = await candidateWithProfile(stack, `bench-matches-${i}@bench.example`, body);
    people.push({ ...saved, skillUris: body.skills as string[] });
  }
  const engine = stack.app.get(SearchEngineService, { strict: false });
  const floor = await SkillOverlapFloor.offers(stack.pg);
  const route = new Map<string, RankedId[]>();
  const calls = people.flatMap((p) => Array.from({ length: options.callsPerOffer * 4 }, () => p));
  const app = await time(
    calls,
    async (p) => {
      const res = await fetch(`${stack.appUrl}/api/v1/candidates/me/matches?limit=${TOP}`, {
        headers: { Authorization: `Bearer ${p.token}` },
      });
      if (!res.ok) throw new Error(`me/matches → ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { items: { jobOffer: { id: string }; score: number }[] };
      route.set(
        p.profileId,
        body.items.map((i) => ({ id: i.jobOffer.id, score: i.score })),
      );
    },
    people.length,
  );
  const meiliTop = new Map<string, RankedId[]>();
  const meili = await time(
    calls,
    async (p) => {
      const q = p.skillUris.map((u) => labels.get(u) ?? '').join(' ');
      const filter = `skillUris IN [${p.skillUris.map((u) => JSON.stringify(u)).join(', ')}]`;
      const res = await engine.search<{ id: string }>(JOB_OFFERS_INDEX, q, { filter, limit: TOP, attributesToRetrieve: ['id'] });
      meiliTop.set(
        p.profileId,
        res.hits.map((h, i) => ({ id: h.id, score: -i })),
      );
    },
    people.length,
  );
  const pgTop = new Map<string, RankedId[]>();
  const pg = await time(calls, async (p) => pgTop.set(p.profileId, await floor.top(p.skillUris, TOP)), people.length);

  const reference = stack.app.get(ExactRankingService, { strict: false });
  const exact = new Map<string, RankedId[]>();
  for (const p of people) exact.set(p.profileId, await reference.exactTopForCandidate(p.profileId, TOP));
  // Where a call's time goes, from the same ranking in the bench's in-process app (sequential, warm).
  const matching = stack.app.get(MatchingService, { strict: false });
  const stats: OfferRankingStats[] = [];
  for (const p of people) stats.push((await matching.topForCandidate(p.profileId, TOP))!.stats);
  const mean = (pick: (s: OfferRankingStats) => number) => stats.reduce((sum, s) => sum + pick(s), 0) / Math.max(1, stats.length);
  const perCall =
    `per call (in process, mean of ${stats.length}): ${mean((s) => s.counted).toFixed(0)} offers counted, ` +
    `${stats.filter((s) => s.widened.length).length} read beyond the sharing offers ` +
    `(${stats.filter((s) => s.widened.includes('remainder')).length} to every eligible one), ${mean((s) => s.sketched).toFixed(0)} sketched, ` +
    `${mean((s) => s.scored).toFixed(0)} read and scored in ${mean((s) => s.reads).toFixed(1)} reads; ` +
    `countMs ${mean((s) => s.countMs).toFixed(1)}, readMs ${mean((s) => s.readMs).toFixed(1)}, scoringMs ${mean((s) => s.scoringMs).toFixed(1)}, ` +
    `totalMs ${mean((s) => s.totalMs).toFixed(1)} (slowest ${Math.max(...stats.map((s) => s.totalMs)).toFixed(0)})`;
  const agree = (m: Map<string, RankedId[]>) =>
    sharePercent(people.map((p) => samePositions(m.get(p.profileId) ?? [], exact.get(p.profileId)!, TOP)));

  const data = `${thousands(publishedOffers)} published offers, ${people.length} candidates`;
  ctx.rows.push(
    { target: TARGET, figure: 'p50, concurrency 1', data, unit: 'ms', app: app.p50, meili: meili.p50, pg: pg.p50 },
    {
      target: TARGET,
      figure: 'p95, concurrency 1',
      data,
      unit: 'ms',
      app: app.p95,
      meili: meili.p95,
      pg: pg.p95,
      goal: { text: '< 50 ms', met: app.p95 < 50 },
      note: `${app.runs} calls; candidates from ${families.join(', ')}; floors: Meilisearch = any of the candidate's skill URIs + skill labels as q, 20 hits; PostgreSQL = GIN on offer skill-URI arrays, rank = shared skills`,
    },
    {
      target: TARGET,
      figure: 'top-20 positions equal to the exact reference',
      data,
      unit: '%',
      app: agree(route),
      meili: agree(meiliTop),
      pg: agree(pgTop),
      goal: { text: '≥ 99 %', met: agree(route) >= 99 },
      note: `reference: ExactRankingService.exactTopForCandidate (every published offer scored); ${perCall}`,
    },
  );
}

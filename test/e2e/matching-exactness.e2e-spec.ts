import { insertCandidates, loadSkillPool, offerSpecs } from '../../bench/matching-population';
import { CandidateFactsReader } from '../../src/candidates/candidate-facts.reader';
import { EmployersService } from '../../src/employers/employers.service';
import { JobOffersRepository } from '../../src/job-offers/job-offers.repository';
import { ExactRankingService } from '../../src/matching/exact-ranking.service';
import { MatchScoringService } from '../../src/matching/match-scoring.service';
import { MatchingService } from '../../src/matching/matching.service';
import type { RankedId } from '../../src/matching/ranking';
import { SearchEngineService } from '../../src/search/search-engine.service';
import { SearchReindexerService } from '../../src/search/indexing/search-reindexer.service';
import { ConceptLabeller } from '../../src/taxonomy/concept-labeller';
import { publishedOffer, verifiedEmployer } from '../factories/offers';
import { createTestApp, TestApp } from '../utils/test-app';
import { staffUser, TestUser } from '../utils/users';

const CANDIDATES = 400;
const OFFERS = 6;
const TOP = 20;
/** Far below the number of candidates, so lower tiers overflow and the query has to aim. */
const SMALL_CAP = 50;

/** Share of positions 1..TOP where both rankings hold the same profile. */
function agreement(route: RankedId[], exact: RankedId[]): number {
  const n = Math.min(TOP, exact.length);
  if (n === 0) return 1;
  let same = 0;
  for (let i = 0; i < n; i++) if (route[i]?.id === exact[i].id) same++;
  return same / n;
}

describe('matching exactness: the route top 20 vs. scoring every candidate in PostgreSQL', () => {
  let t: TestApp;
  let owner: TestUser;
  let offerIds: string[];
  let small: MatchingService;
  let reference: ExactRankingService;

  beforeAll(async () => {
    t = await createTestApp();
    const staff = await staffUser(t);
    owner = await verifiedEmployer(t, staff);
    const sql = (text: string, params?: unknown[]) => t.sql(text, params);
    const pool = await loadSkillPool(sql);
    await insertCandidates(sql, pool, CANDIDATES, { seed: 2026, batch: 200 });
    await t.app.get(SearchReindexerService, { strict: false }).reindex(['candidates']);
    offerIds = [];
    for (const spec of offerSpecs(pool, OFFERS)) offerIds.push((await publishedOffer(t, owner, staff, spec)).id);
    const get = <T>(type: new (...args: never[]) => T) => t.app.get(type, { strict: false });
    // The same service with a small per-tier cap: the tiers of 400 candidates overflow it.
    small = new MatchingService(
      get(SearchEngineService),
      get(CandidateFactsReader),
      get(JobOffersRepository),
      get(EmployersService),
      get(MatchScoringService),
      get(ConceptLabeller),
      SMALL_CAP,
    );
    reference = get(ExactRankingService);
  }, 180_000);

  afterAll(() => t?.close());

  it('the route (cap 500) gives the exact top 20 for at least 95 % of positions', async () => {
    let same = 0;
    let total = 0;
    for (const id of offerIds) {
      const exact = await reference.exactTopForOffer(id, TOP);
      expect(exact.length).toBeGreaterThan(0);
      const res = await t.http().get(`/api/v1/job-offers/${id}/matches`).set(owner.auth).query({ limit: TOP });
      expect(res.status).toBe(200);
      const route: RankedId[] = res.body.items.map((i: { candidate: { id: string }; score: number }) => ({ id: i.candidate.id, score: i.score }));
      expect(route.map((r) => r.score)).toEqual(exact.slice(0, route.length).map((r) => r.score).slice(0, route.length));
      same += agreement(route, exact) * Math.min(TOP, exact.length);
      total += Math.min(TOP, exact.length);
    }
    const rate = same / total;
    console.log(`matching exactness, cap 500: ${(rate * 100).toFixed(1)} % of ${total} positions equal`);
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it(`with a per-tier cap of ${SMALL_CAP} (tiers overflow), still at least 95 % of positions`, async () => {
    let same = 0;
    let total = 0;
    let overflowed = 0;
    const lines: string[] = [];
    for (const id of offerIds) {
      const exact = await reference.exactTopForOffer(id, TOP);
      const route = (await small.topForOffer(id, TOP))!;
      const rate = agreement(route.ranked, exact);
      if (route.stats.overflowed) overflowed++;
      lines.push(`  offer ${id.slice(0, 8)}: ${(rate * 100).toFixed(0)} % (tiers ${route.stats.tiersWalked}/${route.stats.tiersPlanned}, retrieved ${route.stats.retrieved}, overflow ${route.stats.overflowed})`);
      same += rate * Math.min(TOP, exact.length);
      total += Math.min(TOP, exact.length);
    }
    const rate = same / total;
    console.log(`matching exactness, cap ${SMALL_CAP}: ${(rate * 100).toFixed(1)} % of ${total} positions equal; ${overflowed}/${offerIds.length} offers overflowed a tier\n${lines.join('\n')}`);
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });
});

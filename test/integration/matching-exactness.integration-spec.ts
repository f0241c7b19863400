import { insertCandidates, loadSkillPool, offerSpecs } from '../../bench/matching-population';
import { CandidateFactsReader } from '../../src/candidates/candidate-facts.reader';
import { EmployersService } from '../../src/employers/employers.service';
import { JobOffersRepository } from '../../src/job-offers/job-offers.repository';
import { CandidateRankingService } from '../../src/matching/candidate-ranking.service';
import { ExactRankingService } from '../../src/matching/exact-ranking.service';
import { MatchScoringService } from '../../src/matching/match-scoring.service';
import { MatchingService } from '../../src/matching/matching.service';
import { OfferRankingService } from '../../src/matching/offer-ranking.service';
import { NO_SHARED_SKILL_BOUND, offerSketch, overlapQueryFor, REMAINDER_BOUND } from '../../src/matching/retrieval/offer-retrieval-bounds';
import { sketchUpperBound } from '../../src/matching/scoring';
import type { RankedId } from '../../src/matching/ranking';
import { SearchEngineService } from '../../src/search/search-engine.service';
import { SearchReindexerService } from '../../src/search/indexing/search-reindexer.service';
import { ConceptLabeller } from '../../src/taxonomy/concept-labeller';
import { verifiedEmployer } from '../factories/employers';
import { publishedOffer } from '../factories/offers';
import { type TestUser } from '../factories/users';
import { inParallel } from '../utils/concurrency';
import { useTestApp } from '../utils/test-app';

const CANDIDATES = 400;
const OFFERS = 6;
/** Offers for the candidate → offers direction (published, besides the six above), and candidates ranked against them. */
const MORE_OFFERS = 120;
const RANKED_CANDIDATES = 15;
const TOP = 20;
/** Far below the number of candidates, so lower cells overflow and the query has to aim. */
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
  const t = useTestApp({ staff: true });
  let owner: TestUser;
  let offerIds: string[];
  let small: MatchingService;
  let reference: ExactRankingService;

  /** MatchingService as the app builds it, but with its retrieval cap set to `cap`. */
  const withCap = (cap: number): MatchingService => {
    const get = <T>(type: new (...args: never[]) => T) => t.app.get(type, { strict: false });
    const reader = get(CandidateFactsReader);
    const offers = get(JobOffersRepository);
    return new MatchingService(
      reader,
      offers,
      get(EmployersService),
      get(ConceptLabeller),
      new CandidateRankingService(get(SearchEngineService), reader, get(MatchScoringService), cap),
      new OfferRankingService(reader, offers, get(MatchScoringService)),
    );
  };

  beforeAll(async () => {
    owner = await verifiedEmployer(t, t.staff);
    const sql = (text: string, params?: unknown[]) => t.sql(text, params);
    const pool = await loadSkillPool(sql);
    await insertCandidates(sql, pool, CANDIDATES, { seed: 2026, batch: 200 });
    await t.app.get(SearchReindexerService, { strict: false }).reindex(['candidates']);
    offerIds = (
      await inParallel(
        offerSpecs(pool, OFFERS).map((spec) => () => publishedOffer(t, owner, t.staff, spec)),
        6,
      )
    ).map((o) => o.id as string);
    const get = <T>(type: new (...args: never[]) => T) => t.app.get(type, { strict: false });
    // The same services with a small per-cell cap: cells of 400 candidates overflow it.
    small = withCap(SMALL_CAP);
    reference = get(ExactRankingService);
  }, 180_000);

  describe('candidate → offers', () => {
    let profileIds: string[];

    beforeAll(async () => {
      const pool = await loadSkillPool((text, params) => t.sql(text, params));
      const specs = offerSpecs(pool, MORE_OFFERS, 11);
      // A few at a time: each approval waits for its offer to be indexed.
      await inParallel(
        specs.map((spec) => () => publishedOffer(t, owner, t.staff, spec)),
        6,
      );
      // Offers as imports and employers also write them: a free-text occupation and free-text skills, or an ESCO
      // occupation whose ISCO-08 group is not known.
      for (const [i, spec] of specs.slice(0, 3).entries()) {
        await publishedOffer(t, owner, t.staff, {
          ...spec,
          occupation: `Kranführerin mit eigenem Profil ${i}`,
          requiredSkills: i === 0 ? [] : ['Kranschein Klasse B', ...(spec.requiredSkills as string[]).slice(0, 1)],
          optionalSkills: i === 2 ? [] : ['Gabelstapler fahren'],
        });
      }
      await t.sql(
        `UPDATE job_offers SET isco_code = NULL WHERE id IN (SELECT id FROM job_offers WHERE occupation_uri IS NOT NULL ORDER BY md5(id::text) LIMIT 20)`,
      );
      const rows = await t.sql<{ id: string }>(`SELECT id FROM candidate_profiles ORDER BY md5(id::text) LIMIT ${RANKED_CANDIDATES}`);
      profileIds = rows.map((r) => r.id);
    }, 180_000);

    it('gives exactly the top 20 published offers that scoring every offer in PostgreSQL gives', async () => {
      for (const id of profileIds) {
        const exact = await reference.exactTopForCandidate(id, TOP);
        expect(exact.length).toBeGreaterThan(0);
        expect((await t.app.get(MatchingService, { strict: false }).topForCandidate(id, TOP))?.ranked).toEqual(exact);
      }
    });

    it("never bounds an offer below its score: PostgreSQL's three scopes hold every eligible offer once, each under its bound", async () => {
      const get = <T>(type: new (...args: never[]) => T) => t.app.get(type, { strict: false });
      const scoring = get(MatchScoringService);
      let checked = 0;
      const scopes = { sharing: 0, promising: 0, remainder: 0 };
      for (const id of profileIds) {
        const [facts] = await get(CandidateFactsReader).factsFor([id], { onlyVisible: false });
        const context = await scoring.context(facts.skillUris);
        const [candidate] = await scoring.scoringCandidates([facts]);
        const query = overlapQueryFor(candidate, context);
        const repository = get(JobOffersRepository);
        const [sharing, promising, remainder] = await Promise.all(
          (['sharing', 'promising', 'remainder'] as const).map((scope) => repository.skillOverlaps({ ...query, scope })),
        );
        const all = [...sharing, ...promising, ...remainder];
        expect(new Set(all.map((o) => o.id)).size).toBe(all.length);
        const bounds = new Map(all.map((o) => [o.id, sketchUpperBound(candidate, offerSketch(o, query.hasFreeTextSkills), context)]));
        const shares = new Set(sharing.map((o) => o.id));
        const remains = new Set(remainder.map((o) => o.id));
        scopes.sharing += sharing.length;
        scopes.promising += promising.length;
        scopes.remainder += remainder.length;
        for (const { id: offerId, score } of await reference.exactTopForCandidate(id, 10_000)) {
          expect({ offerId, bound: bounds.get(offerId) ?? 'dropped by the hard filters' }).toEqual({ offerId, bound: expect.any(Number) });
          expect(bounds.get(offerId)).toBeGreaterThanOrEqual(score);
          if (!shares.has(offerId)) expect(score).toBeLessThanOrEqual(NO_SHARED_SKILL_BOUND);
          if (remains.has(offerId)) expect(score).toBeLessThanOrEqual(REMAINDER_BOUND);
          checked++;
        }
      }
      console.log(
        `candidate → offers: ${checked} eligible pairs checked; scopes over ${profileIds.length} candidates: ${JSON.stringify(scopes)}`,
      );
      expect(checked).toBeGreaterThanOrEqual(RANKED_CANDIDATES);
      // Each scope's bound was put to the test.
      expect(Math.min(scopes.sharing, scopes.promising, scopes.remainder)).toBeGreaterThan(0);
    });
  });

  it('the route (cap 500) gives the exact top 20 for at least 99 % of positions', async () => {
    let same = 0;
    let total = 0;
    for (const id of offerIds) {
      const exact = await reference.exactTopForOffer(id, TOP);
      expect(exact.length).toBeGreaterThan(0);
      const res = await t.http().get(`/api/v1/job-offers/${id}/matches`).set(owner.auth).query({ limit: TOP });
      expect(res.status).toBe(200);
      const route: RankedId[] = res.body.items.map((i: { candidate: { id: string }; score: number }) => ({
        id: i.candidate.id,
        score: i.score,
      }));
      expect(route.map((r) => r.score)).toEqual(
        exact
          .slice(0, route.length)
          .map((r) => r.score)
          .slice(0, route.length),
      );
      same += agreement(route, exact) * Math.min(TOP, exact.length);
      total += Math.min(TOP, exact.length);
    }
    const rate = same / total;
    console.log(`matching exactness, cap 500: ${(rate * 100).toFixed(1)} % of ${total} positions equal`);
    expect(rate).toBeGreaterThanOrEqual(0.99);
  });

  it(`with a per-cell cap of ${SMALL_CAP} (cells overflow), still at least 95 % of positions`, async () => {
    let same = 0;
    let total = 0;
    let overflowed = 0;
    const lines: string[] = [];
    for (const id of offerIds) {
      const exact = await reference.exactTopForOffer(id, TOP);
      const route = (await small.topForOffer(id, TOP))!;
      const rate = agreement(route.ranked, exact);
      if (route.stats.overflowed) overflowed++;
      lines.push(
        `  offer ${id.slice(0, 8)}: ${(rate * 100).toFixed(0)} % (cells ${route.stats.cellsFetched}/${route.stats.cellsPlanned} in ${route.stats.rounds} rounds, retrieved ${route.stats.retrieved}, overflow ${route.stats.overflowed})`,
      );
      same += rate * Math.min(TOP, exact.length);
      total += Math.min(TOP, exact.length);
    }
    const rate = same / total;
    console.log(
      `matching exactness, cap ${SMALL_CAP}: ${(rate * 100).toFixed(1)} % of ${total} positions equal; ${overflowed}/${offerIds.length} offers had a cell overflow\n${lines.join('\n')}`,
    );
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });
});

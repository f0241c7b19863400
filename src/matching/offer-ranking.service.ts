import { Inject, Injectable } from '@nestjs/common';
import { CandidateFactsReader, type CandidateSnapshot } from '../candidates/candidate-facts.reader';
import type { JobOfferEntity } from '../job-offers/entities/job-offer.entity';
import type { OfferMatchFacts } from '../job-offers/job-offer-document';
import { languageRequirementsMetFilter } from '../job-offers/job-offer-search.service';
import { JOB_OFFERS_INDEX } from '../job-offers/job-offers.index';
import { JobOffersRepository } from '../job-offers/job-offers.repository';
import { and, anyOf, equals } from '../search/filter-expression';
import { SearchEngineService } from '../search/search-engine.service';
import { normalizeLabel } from '../taxonomy/label-normalizer';
import { toOfferFacts } from './match-facts.mapper';
import { MatchScoringService } from './match-scoring.service';
import { byScoreThenId, type RankedMatch } from './ranking';
import { atLeastOfFilter } from './retrieval/candidate-retrieval-plan';
import { CONFIRM_SLACK, MATCH_RETRIEVAL_CAP, RETRIEVED_ATTRIBUTES } from './retrieval/retrieval-limits';
import { scoreMatch, skillsUpperBound, type MatchScore } from './scoring';
import { MATCH_WEIGHTS, SKILL_SPLIT } from './scoring/match-weights';

/**
 * Candidate → offers retrieves in one or two multi-searches (no rounds), and offers are far fewer than candidates,
 * so it may fetch this many times the per-cell cap.
 */
const OFFER_CAP_FACTOR = 4;
/** The best score an offer can give a candidate who holds none of its (one or more) required skills nor a related one. */
const NO_SHARED_SKILL_BOUND = 100 - MATCH_WEIGHTS.skills * SKILL_SPLIT.essential;
/** A retrieved offer: its id and the facts matching scores on. */
type RetrievedOffer = { id: string; matchFacts?: OfferMatchFacts };

/**
 * Candidate → offers: the best n published offers for a profile, exact unless
 * a request overflows its cap (see docs/matching-retrieval.md).
 */
@Injectable()
export class OfferRankingService {
  constructor(
    private readonly engine: SearchEngineService,
    private readonly candidates: CandidateFactsReader,
    private readonly offers: JobOffersRepository,
    private readonly scoring: MatchScoringService,
    @Inject(MATCH_RETRIEVAL_CAP) private readonly cap: number,
  ) {}

  /**
   * Stage 1 and 2 for candidate → offers. First round (one multi-search):
   * every eligible offer asking for one of the candidate's skills or a related
   * one, and every one asking for no skill (full essential share). Any other
   * offer asks only for skills the candidate has none of, so it scores at most
   * `NO_SHARED_SKILL_BOUND`: when the n-th best is above that, the top n is
   * exact. Otherwise a second round fetches every eligible offer (exact while
   * they fit the cap; aimed by text beyond it). Offers are scored from the
   * facts their index documents carry, those whose skills already rule them out
   * (skillsUpperBound) without a full score; the top n is re-read from
   * PostgreSQL and re-scored.
   */
  async rank(profileId: string, n: number): Promise<{ ranked: RankedMatch[]; offers: Map<string, JobOfferEntity>; exact: boolean } | null> {
    const [facts] = await this.candidates.factsFor([profileId], { onlyVisible: false });
    if (!facts) return null;
    const context = await this.scoring.context(facts.skillUris);
    const [candidate] = await this.scoring.scoringCandidates([facts]);
    const rank = async (hits: RetrievedOffer[]) => {
      // A document written before the index carried match facts is read from PostgreSQL instead.
      const stale = hits.filter((h) => !h.matchFacts).map((h) => h.id);
      const items = [
        ...hits.flatMap((h) => (h.matchFacts ? [{ id: h.id, facts: toOfferFacts(h.matchFacts) }] : [])),
        ...(stale.length ? await this.offers.findPublished(stale) : []).map((o) => ({ id: o.id, facts: toOfferFacts(o) })),
      ];
      return this.rankByBound(
        items,
        (offer) => skillsUpperBound(candidate, offer, context),
        (offer) => scoreMatch(candidate, offer, context),
        n,
      );
    };
    const shared = await this.retrieveOffers(facts, context.relatedSkills ?? new Map(), 'shared skills');
    let scored = await rank(shared.hits);
    let exact = !shared.overflowed && scored.length >= n && scored[n - 1].score > NO_SHARED_SKILL_BOUND;
    if (!exact) {
      const wide = await this.retrieveOffers(facts, context.relatedSkills ?? new Map(), 'every eligible offer');
      scored = await rank([...new Map([...shared.hits, ...wide.hits].map((h) => [h.id, h])).values()]);
      exact = !wide.overflowed;
    }
    // The page, read again from PostgreSQL: an offer closed or edited since the index saw it drops out or moves.
    const offers = new Map<string, JobOfferEntity>();
    const ranked: RankedMatch[] = [];
    for (let next = 0; ranked.length < n && next < scored.length;) {
      const chunk = scored.slice(next, next + n - ranked.length + CONFIRM_SLACK);
      next += chunk.length;
      for (const offer of await this.offers.findPublished(chunk.map((r) => r.id))) {
        const result = scoreMatch(candidate, toOfferFacts(offer), context);
        if (!result.eligible) continue;
        offers.set(offer.id, offer);
        ranked.push({ id: offer.id, score: result.score, result });
      }
    }
    return { ranked: ranked.sort(byScoreThenId).slice(0, n), offers, exact };
  }

  /**
   * The best `n` items by score, scoring in full only those whose cheap bound
   * can still reach the n-th best (best bound first; a bound equal to the n-th
   * best is still scored, since equal scores are ordered by id).
   */
  private rankByBound<T>(
    items: { id: string; facts: T }[],
    bound: (facts: T) => number,
    score: (facts: T) => MatchScore,
    n: number,
  ): RankedMatch[] {
    const bounded = items.map((item) => ({ ...item, bound: bound(item.facts) })).sort((a, b) => b.bound - a.bound);
    const ranked: RankedMatch[] = [];
    for (const item of bounded) {
      if (ranked.length >= n && item.bound < ranked[n - 1].score) break;
      const result = score(item.facts);
      if (!result.eligible) continue;
      ranked.push({ id: item.id, score: result.score, result });
      ranked.sort(byScoreThenId);
      if (ranked.length > n + CONFIRM_SLACK) ranked.length = n + CONFIRM_SLACK;
    }
    return ranked;
  }

  /**
   * Published offers worth scoring for a candidate, in one multi-search, with
   * the hard requirements as filters (every required language level met — the
   * job search's filter — and sponsorship when a visa is needed). `shared
   * skills`: every offer asking for one of the candidate's skills or a skill
   * directly broader or narrower (related: half credit), and every offer asking
   * for no skill. `every eligible offer`: just the hard filters. `overflowed`
   * when a request held more than the cap; the best text matches of the
   * candidate's skill and occupation labels then aim within it.
   */
  private async retrieveOffers(
    facts: CandidateSnapshot,
    related: ReadonlyMap<string, readonly string[]>,
    scope: 'shared skills' | 'every eligible offer',
  ): Promise<{ hits: RetrievedOffer[]; overflowed: boolean }> {
    const hard = and(
      languageRequirementsMetFilter(facts.languages),
      (facts.workPermit ?? 'needs_visa') === 'needs_visa' ? equals('visaSponsorship', true) : null,
    );
    const textKeys = [...new Set(facts.freeTextSkills.map(normalizeLabel))];
    const skillUris = [...new Set(facts.skillUris.flatMap((uri) => [uri, ...(related.get(uri) ?? [])]))];
    const anySkill = [
      skillUris.length ? anyOf('skillUris', skillUris) : null,
      textKeys.length ? anyOf('skillTextKeys', textKeys) : null,
    ].filter((c): c is string => c !== null);
    const params = { q: '', page: 1, hitsPerPage: this.cap * OFFER_CAP_FACTOR, attributesToRetrieve: RETRIEVED_ATTRIBUTES };
    const filters =
      scope === 'every eligible offer'
        ? [hard]
        : [and(hard, 'requiredSkillCount = 0'), ...(anySkill.length ? [and(hard, anySkill.join(' OR '))] : [])];
    const results = await this.engine.searchMany<RetrievedOffer>(
      JOB_OFFERS_INDEX,
      filters.map((filter) => ({ ...params, filter })),
    );
    const overflowed = results.some((r) => (r.totalHits ?? 0) > params.hitsPerPage);
    if (overflowed) {
      // Aim: the offers asking for most of the candidate's own skills (as far as the filter stays short), and the best
      // text matches of the candidate's skill and occupation labels.
      const query = [...facts.skills, ...facts.desiredOccupations].map((c) => c.label).join(' ');
      const own = [...new Set(facts.skillUris)];
      const most = [4, 3, 2].flatMap((m) => atLeastOfFilter(own, m, 'skillUris') ?? []);
      // Beyond shared skills, the wanted occupation and a preferred city carry the most points.
      const occupation = facts.desiredOccupationUris.length ? anyOf('occupationUri', facts.desiredOccupationUris) : null;
      const city = facts.preferredCities.length ? anyOf('city', facts.preferredCities) : null;
      const elsewhere = scope === 'every eligible offer' ? [and(occupation, city), occupation, city].filter((f): f is string => !!f) : [];
      results.push(
        ...(await this.engine.searchMany<RetrievedOffer>(JOB_OFFERS_INDEX, [
          ...[...most, ...new Set(elsewhere)].map((filter) => ({ ...params, filter: and(hard, filter) })),
          { ...params, q: query, filter: hard, matchingStrategy: 'last' },
        ])),
      );
    }
    const byId = new Map(results.flatMap((r) => r.hits).map((h) => [h.id, h]));
    return { hits: [...byId.values()], overflowed };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { profileConcepts, relabelProfileView } from '../candidates/candidate-profile.mapper';
import { CandidateFactsReader, type CandidateSnapshot } from '../candidates/candidate-facts.reader';
import { CANDIDATES_INDEX } from '../candidates/candidates.index';
import { CandidateProfileNotFoundError } from '../candidates/candidates.errors';
import { InputValidationError } from '../common/errors/common.errors';
import { EmployerNotVerifiedError } from '../employers/employers.errors';
import { EmployersService } from '../employers/employers.service';
import { offerConcepts, toJobOfferView } from '../job-offers/dto/job-offer.view';
import type { JobOfferEntity } from '../job-offers/entities/job-offer.entity';
import { languageRequirementsMetFilter } from '../job-offers/job-offer-search.service';
import { JOB_OFFERS_INDEX } from '../job-offers/job-offers.index';
import { JobOfferNotFoundError } from '../job-offers/job-offers.errors';
import { JobOffersRepository } from '../job-offers/job-offers.repository';
import { and, anyOf, equals } from '../search/filter-expression';
import { SearchEngineService } from '../search/search-engine.service';
import { ConceptLabeller, type ConceptLabels } from '../taxonomy/concept-labeller';
import type { TaxonomyLanguage } from '../taxonomy/entities/esco-label.entity';
import { normalizeLabel } from '../taxonomy/label-normalizer';
import { offerSkillUris, toOfferFacts } from './match-facts.mapper';
import { MatchScoringService } from './match-scoring.service';
import { byScoreThenId, type RankedId } from './ranking';
import type { CandidateMatch, OfferMatch } from './dto/match.view';
import { aimWithinTier, planCandidateRetrieval, upperBound } from './retrieval/candidate-retrieval-plan';
import { scoreMatch, type MatchExplanation, type MatchScore } from './scoring';

/** How many ids one retrieval request (one tier, or one side of the candidate → offers union) may fetch. */
export const MATCH_RETRIEVAL_CAP = Symbol('MATCH_RETRIEVAL_CAP');
export const DEFAULT_MATCH_RETRIEVAL_CAP = 500;
/** page × limit may reach at most this deep into the ranking. */
export const MAX_MATCH_DEPTH = 500;

export type { CandidateMatch, OfferMatch };
export interface MatchPage<T> {
  items: T[];
  page: number;
  limit: number;
}

interface Ranked extends RankedId {
  result: MatchScore;
}

/** How stage 1 went for one offer (the benchmark and the logs read it). */
export interface RetrievalStats {
  tiersWalked: number;
  tiersPlanned: number;
  retrieved: number;
  /** A tier held more candidates than the cap: the result is then no longer guaranteed exact. */
  overflowed: boolean;
}

/**
 * Two-way matching. Stage 1 retrieves from Meilisearch with the hard
 * requirements as filters; stage 2 re-reads the facts from PostgreSQL (so a
 * profile hidden a moment ago never shows) and ranks them with the pure scorer.
 * The exact reference ranking the tests compare with is ExactRankingService.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly engine: SearchEngineService,
    private readonly candidates: CandidateFactsReader,
    private readonly offers: JobOffersRepository,
    private readonly employers: EmployersService,
    private readonly scoring: MatchScoringService,
    private readonly labeller: ConceptLabeller,
    @Inject(MATCH_RETRIEVAL_CAP) private readonly cap: number,
  ) {}

  /**
   * The best candidates for an offer in any status (the owner may preview a
   * draft): its owner if verified, or staff. Someone else's offer is 404, an
   * unverified owner 403.
   */
  async matchesForOffer(
    user: AuthenticatedUser,
    offerId: string,
    page: number,
    limit: number,
    lang: TaxonomyLanguage = 'en',
  ): Promise<MatchPage<CandidateMatch>> {
    assertDepth(page, limit);
    const offer = await this.offers.findWithEmployer(offerId);
    if (!offer) throw new JobOfferNotFoundError();
    if (user.role !== 'staff') {
      const employer = await this.employers.findByUser(user.id);
      // Someone else's offer: "not found", never "forbidden" (same answer as no offer at all).
      if (!employer || employer.id !== offer.employerId) throw new JobOfferNotFoundError();
      if (employer.verificationStatus !== 'verified') throw new EmployerNotVerifiedError('see the candidates matching an offer');
    }
    const { ranked } = await this.rankCandidates(offer, page * limit);
    const slice = ranked.slice((page - 1) * limit, page * limit);
    const views = await this.candidates.employerViews(slice.map((r) => r.id));
    // One label lookup for the page: the candidates' concepts and the offer's (the explanations name its skills).
    const labels = await this.labeller.labels([...offerConcepts(offer), ...[...views.values()].flatMap(profileConcepts)], lang);
    const skillText = offerSkillText(offer, labels);
    return {
      items: slice.flatMap((r) => {
        const candidate = views.get(r.id);
        return candidate
          ? [
              {
                candidate: relabelProfileView(candidate, labels),
                score: r.score,
                explanation: relabelExplanation(r.result.explanation, skillText),
              },
            ]
          : [];
      }),
      page,
      limit,
    };
  }

  /** The published offers that fit the calling candidate best. */
  async matchesForCandidate(
    user: AuthenticatedUser,
    page: number,
    limit: number,
    lang: TaxonomyLanguage = 'en',
  ): Promise<MatchPage<OfferMatch>> {
    assertDepth(page, limit);
    const profileId = await this.candidates.profileIdOfUser(user.id);
    const ranking = profileId ? await this.rankOffers(profileId) : null;
    if (!ranking) throw new CandidateProfileNotFoundError();
    const { ranked, offers } = ranking;
    const slice = ranked.slice((page - 1) * limit, page * limit);
    const labels = await this.labeller.labels(
      slice.flatMap((r) => offerConcepts(offers.get(r.id)!)),
      lang,
    );
    return {
      items: slice.map((r) => {
        const offer = offers.get(r.id)!;
        return {
          jobOffer: toJobOfferView(offer, labels),
          score: r.score,
          explanation: relabelExplanation(r.result.explanation, offerSkillText(offer, labels)),
        };
      }),
      page,
      limit,
    };
  }

  /**
   * The route's ranking without access checks or views (the exactness test and
   * the benchmark compare it with ExactRankingService). Null for an unknown offer.
   */
  async topForOffer(offerId: string, n: number): Promise<{ ranked: RankedId[]; stats: RetrievalStats } | null> {
    const offer = await this.offers.findWithEmployer(offerId);
    if (!offer) return null;
    const { ranked, stats } = await this.rankCandidates(offer, n);
    return { ranked: ranked.slice(0, n).map(({ id, score }) => ({ id, score })), stats };
  }

  /** The route's ranking of offers for a profile, without access checks or views (tests and bench). Null for an unknown profile. */
  async topForCandidate(profileId: string, n: number): Promise<{ ranked: RankedId[] } | null> {
    const ranking = await this.rankOffers(profileId);
    return ranking && { ranked: ranking.ranked.slice(0, n).map(({ id, score }) => ({ id, score })) };
  }

  /** Stage 1 and 2 for candidate → offers: the eligible published offers, scored and sorted (null: no such profile). */
  private async rankOffers(profileId: string): Promise<{ ranked: Ranked[]; offers: Map<string, JobOfferEntity> } | null> {
    const [facts] = await this.candidates.factsFor([profileId], { onlyVisible: false });
    if (!facts) return null;
    const context = await this.scoring.context(facts.skillUris);
    const ids = await this.retrieveOffers(facts, context.relatedSkills);
    const [candidate] = await this.scoring.scoringCandidates([facts]);
    const offers = new Map<string, JobOfferEntity>();
    const ranked: Ranked[] = [];
    for (const offer of await this.offers.findPublished(ids)) {
      const result = scoreMatch(candidate, toOfferFacts(offer), context);
      if (!result.eligible) continue;
      offers.set(offer.id, offer);
      ranked.push({ id: offer.id, score: result.score, result });
    }
    ranked.sort(byScoreThenId);
    return { ranked, offers };
  }

  /**
   * Stage 1 and 2 for offer → candidates. Walks the plan's coverage tiers best
   * first; each tier's filter excludes the tiers already walked, so every
   * fetch brings new candidates. After a tier of minimum coverage m, every
   * candidate not yet seen holds fewer than m essential skills, so none can
   * score above upperBound(m − 1): once the n-th best score is strictly above
   * that, the top n is exact (strictly, because equal scores are ordered by id).
   */
  private async rankCandidates(offer: JobOfferEntity, n: number): Promise<{ ranked: Ranked[]; stats: RetrievalStats }> {
    const offerFacts = toOfferFacts(offer);
    const context = await this.scoring.context(offerSkillUris(offerFacts));
    const tiers = planCandidateRetrieval(offerFacts, context);
    const query = offerQuery(offer);
    const aims = aimWithinTier(offerFacts, context);
    const ranked: Ranked[] = [];
    const stats: RetrievalStats = { tiersWalked: 0, tiersPlanned: tiers.length, retrieved: 0, overflowed: false };
    let previous: string | undefined;
    for (const tier of tiers) {
      const filter = and(tier.filter, previous ? `NOT (${previous})` : null);
      const { ids, overflowed } = await this.fetchTier(filter, query, aims);
      stats.tiersWalked++;
      stats.retrieved += ids.length;
      stats.overflowed ||= overflowed;
      for (const { facts, result } of await this.scoring.scoreAll(await this.candidates.factsFor(ids), offerFacts, context)) {
        if (result.eligible) ranked.push({ id: facts.profileId, score: result.score, result });
      }
      ranked.sort(byScoreThenId);
      if (tier.minEssential === 0 || !tier.filter) break;
      previous = tier.filter;
      const restBound = upperBound(offerFacts, context, tier.minEssential - 1);
      if (ranked.length >= n && ranked[n - 1].score > restBound) break;
    }
    return { ranked, stats };
  }

  /**
   * Every candidate of the tier when it holds at most `cap`. Otherwise the
   * union of capped fetches aimed at the rest of the score (aimWithinTier:
   * occupation, location, start date, degree, optional skills), the query text
   * (the offer's skill and occupation labels), and the plain filter.
   */
  private async fetchTier(filter: string | undefined, query: string, aims: string[]): Promise<{ ids: string[]; overflowed: boolean }> {
    const fetch = async (q: string, f: string | undefined, extra: Record<string, unknown> = {}) =>
      await this.engine.search<{ id: string }>(CANDIDATES_INDEX, q, {
        filter: f,
        page: 1,
        hitsPerPage: this.cap,
        attributesToRetrieve: ['id'],
        ...extra,
      });
    const plain = await fetch('', filter);
    const plainIds = plain.hits.map((h) => h.id);
    if ((plain.totalHits ?? plainIds.length) <= this.cap) return { ids: plainIds, overflowed: false };
    const aimed = await Promise.all([
      ...aims.map((aim) => fetch('', and(filter, aim))),
      ...(query ? [fetch(query, filter, { matchingStrategy: 'last' })] : []),
    ]);
    const ids = new Set([...aimed.flatMap((r) => r.hits.map((h) => h.id)), ...plainIds]);
    return { ids: [...ids], overflowed: true };
  }

  /**
   * Published offers worth scoring for a candidate: the hard requirements as
   * filters (every required language level met — the job search's filter —
   * and sponsorship when a visa is needed), then the union of (a) every offer
   * asking for one of the candidate's skills or a skill directly broader or
   * narrower than one of them (related: half credit) and (b) the offers the
   * query with the candidate's skill and occupation labels finds, each capped.
   */
  private async retrieveOffers(facts: CandidateSnapshot, related: ReadonlyMap<string, readonly string[]> = new Map()): Promise<string[]> {
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
    const query = [...facts.skills, ...facts.desiredOccupations].map((c) => c.label).join(' ');
    const params = { page: 1, hitsPerPage: this.cap, attributesToRetrieve: ['id'] };
    const [bySkill, byQuery] = await Promise.all([
      anySkill.length
        ? this.engine.search<{ id: string }>(JOB_OFFERS_INDEX, '', { ...params, filter: and(hard, anySkill.join(' OR ')) })
        : null,
      this.engine.search<{ id: string }>(JOB_OFFERS_INDEX, query, { ...params, filter: hard, matchingStrategy: 'last' }),
    ]);
    return [...new Set([...(bySkill?.hits ?? []), ...byQuery.hits].map((h) => h.id))];
  }
}

function assertDepth(page: number, limit: number): void {
  if (page * limit > MAX_MATCH_DEPTH) {
    throw new InputValidationError(`page × limit may be at most ${MAX_MATCH_DEPTH} (matches are ranked, not listed exhaustively)`);
  }
}

/** The query that aims retrieval within an overflowing tier: the offer's skill and occupation labels. */
function offerQuery(offer: JobOfferEntity): string {
  return [...offer.requiredSkills, ...offer.optionalSkills]
    .map((s) => s.label)
    .concat(offer.occupationLabel)
    .join(' ');
}

/** Stored skill label of the offer → the label shown (the explanation's skill lists carry the offer's stored labels). */
function offerSkillText(offer: JobOfferEntity, labels: ConceptLabels): (storedLabel: string) => string {
  return labels.textMap([...offer.requiredSkills, ...offer.optionalSkills]);
}

/** The explanation with its skill names shown in the reader's language (only labels change, never the counts). */
function relabelExplanation(explanation: MatchExplanation, text: (storedLabel: string) => string): MatchExplanation {
  const skills = explanation.skills;
  return {
    ...explanation,
    skills: {
      ...skills,
      matched: skills.matched.map(text),
      related: skills.related.map((r) => ({ ...r, label: text(r.label) })),
      missing: skills.missing.map(text),
      missingOptional: skills.missingOptional.map(text),
    },
  };
}

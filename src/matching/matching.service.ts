import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { profileConcepts, relabelProfileView } from '../candidates/candidate-profile.mapper';
import { CandidateFactsReader } from '../candidates/candidate-facts.reader';
import { CandidateProfileNotFoundError } from '../candidates/candidates.errors';
import { InputValidationError } from '../common/errors/common.errors';
import { EmployerNotVerifiedError } from '../employers/employers.errors';
import { EmployersService } from '../employers/employers.service';
import { offerConcepts, toJobOfferView } from '../job-offers/dto/job-offer.view';
import type { JobOfferEntity } from '../job-offers/entities/job-offer.entity';
import { JobOfferNotFoundError } from '../job-offers/job-offers.errors';
import { JobOffersRepository } from '../job-offers/job-offers.repository';
import { ConceptLabeller, type ConceptLabels } from '../taxonomy/concept-labeller';
import type { TaxonomyLanguage } from '../taxonomy/entities/esco-label.entity';
import { CandidateRankingService, type RetrievalStats } from './candidate-ranking.service';
import type { CandidateMatch, OfferMatch } from './dto/match.view';
import { type OfferRankingStats, OfferRankingService } from './offer-ranking.service';
import type { RankedId } from './ranking';
import type { MatchExplanation } from './scoring';

/** page × limit may reach at most this deep into the ranking. */
export const MAX_MATCH_DEPTH = 500;

export type { CandidateMatch, OfferMatch, RetrievalStats };
export interface MatchPage<T> {
  items: T[];
  page: number;
  limit: number;
}

/**
 * The two match routes: access checks, the ranking (CandidateRankingService,
 * OfferRankingService), and the page in the reader's language. The exact
 * reference rankings the tests compare with are in ExactRankingService.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly candidates: CandidateFactsReader,
    private readonly offers: JobOffersRepository,
    private readonly employers: EmployersService,
    private readonly labeller: ConceptLabeller,
    private readonly candidateRanking: CandidateRankingService,
    private readonly offerRanking: OfferRankingService,
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
    const { ranked } = await this.candidateRanking.rank(offer, page * limit);
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
    const ranking = profileId ? await this.offerRanking.rank(profileId, page * limit) : null;
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
    const { ranked, stats } = await this.candidateRanking.rank(offer, n);
    return { ranked: ranked.slice(0, n).map(({ id, score }) => ({ id, score })), stats };
  }

  /** The route's ranking of offers for a profile, without access checks or views (tests and bench). Null for an unknown profile. */
  async topForCandidate(profileId: string, n: number): Promise<{ ranked: RankedId[]; stats: OfferRankingStats } | null> {
    const ranking = await this.offerRanking.rank(profileId, n);
    return ranking && { ranked: ranking.ranked.map(({ id, score }) => ({ id, score })), stats: ranking.stats };
  }
}

function assertDepth(page: number, limit: number): void {
  if (page * limit > MAX_MATCH_DEPTH) {
    throw new InputValidationError(`page × limit may be at most ${MAX_MATCH_DEPTH} (matches are ranked, not listed exhaustively)`);
  }
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

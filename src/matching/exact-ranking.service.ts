import { Injectable } from '@nestjs/common';
import { CandidateFactsReader } from '../candidates/candidate-facts.reader';
import { JobOffersRepository } from '../job-offers/job-offers.repository';
import { offerSkillUris, toOfferFacts } from './match-facts.mapper';
import { MatchScoringService } from './match-scoring.service';
import { byScoreThenId, type RankedId } from './ranking';
import { scoreMatch } from './scoring';

/** Batch size of the walk over every visible profile. */
const EXACT_BATCH = 2_000;

/**
 * The exact reference rankings: the routes' scorer over EVERY visible profile
 * (or every published offer) in PostgreSQL, in keyset batches. Not used by the routes (it reads every
 * profile); the exactness test and the benchmark compare the routes' top N
 * (MatchingService.topForOffer, or the route itself) with it.
 */
@Injectable()
export class ExactRankingService {
  constructor(
    private readonly candidates: CandidateFactsReader,
    private readonly offers: JobOffersRepository,
    private readonly scoring: MatchScoringService,
  ) {}

  /** The exact top `n` candidates for an offer, best first; empty for an unknown offer. */
  async exactTopForOffer(offerId: string, n: number): Promise<RankedId[]> {
    const offer = await this.offers.findWithEmployer(offerId);
    if (!offer) return [];
    const offerFacts = toOfferFacts(offer);
    const context = await this.scoring.context(offerSkillUris(offerFacts));
    const all: RankedId[] = [];
    let after: string | null = null;
    for (;;) {
      const batch = await this.candidates.visibleFactsPage(after, EXACT_BATCH);
      if (!batch.length) break;
      for (const { facts, result } of await this.scoring.scoreAll(batch, offerFacts, context)) {
        if (result.eligible) all.push({ id: facts.profileId, score: result.score });
      }
      after = batch[batch.length - 1].profileId;
    }
    return all.sort(byScoreThenId).slice(0, n);
  }

  /**
   * The exact top `n` published offers for a candidate profile (visible or not: it is their own ranking), best
   * first; empty for an unknown profile. Every published offer is scored, in keyset pages.
   */
  async exactTopForCandidate(profileId: string, n: number): Promise<RankedId[]> {
    const [facts] = await this.candidates.factsFor([profileId], { onlyVisible: false });
    if (!facts) return [];
    const context = await this.scoring.context(facts.skillUris);
    const [candidate] = await this.scoring.scoringCandidates([facts]);
    const all: RankedId[] = [];
    let after: string | null = null;
    for (;;) {
      const batch = await this.offers.findPublishedPage(after, EXACT_BATCH);
      if (!batch.length) break;
      for (const offer of batch) {
        const result = scoreMatch(candidate, toOfferFacts(offer), context);
        if (result.eligible) all.push({ id: offer.id, score: result.score });
      }
      after = batch[batch.length - 1].id;
    }
    return all.sort(byScoreThenId).slice(0, n);
  }
}

import { Injectable } from '@nestjs/common';
import { CandidateFactsReader } from '../candidates/candidate-facts.reader';
import { JobOffersRepository } from '../job-offers/job-offers.repository';
import { offerSkillUris, toOfferFacts } from './match-facts.mapper';
import { MatchScoringService } from './match-scoring.service';
import { byScoreThenId, type RankedId } from './ranking';

/** Batch size of the walk over every visible profile. */
const EXACT_BATCH = 2_000;

/**
 * The exact reference ranking: the routes' scorer over EVERY visible profile
 * in PostgreSQL, in keyset batches. Not used by the routes (it reads every
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
}

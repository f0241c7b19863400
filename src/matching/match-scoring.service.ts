import { Injectable } from '@nestjs/common';
import { BlueCardThresholdsService } from '../blue-card-thresholds/blue-card-thresholds.service';
import type { CandidateSnapshot } from '../candidates/candidate-facts.reader';
import { TaxonomyRepository } from '../taxonomy/taxonomy.repository';
import { toScoringCandidate, todayIso } from './match-facts.mapper';
import { scoreMatch, type CandidateFacts, type MatchScore, type OfferFacts, type ScoringContext } from './scoring';

/**
 * The pure scorer with what it needs from the database: the context of one
 * ranking and the ISCO groups of the candidates' desired occupations. The
 * routes and the exact reference ranking both score through it, so they score
 * every pair identically.
 */
@Injectable()
export class MatchScoringService {
  constructor(
    private readonly taxonomy: TaxonomyRepository,
    private readonly thresholds: BlueCardThresholdsService,
  ) {}

  /**
   * Today (the one clock read of a ranking), the Blue Card thresholds, and the
   * related skills (directly broader or narrower in ESCO) of `skillUris`: the
   * offer's skills when ranking candidates, the candidate's when ranking offers.
   */
  async context(skillUris: readonly string[]): Promise<ScoringContext> {
    const [blueCardThresholds, relatedSkills] = await Promise.all([
      this.thresholds.scoringThresholds(),
      this.taxonomy.relatedSkills([...new Set(skillUris)]),
    ]);
    return { today: todayIso(), blueCardThresholds, relatedSkills };
  }

  /** The scorer's facts of these candidates (the ISCO groups of all their desired occupations in one query). */
  async scoringCandidates(batch: CandidateSnapshot[]): Promise<CandidateFacts[]> {
    const uris = batch.flatMap((f) => [...f.desiredOccupationUris, ...f.experience.flatMap((e) => (e.escoUri ? [e.escoUri] : []))]);
    const iscoCodes = await this.taxonomy.iscoCodesOf([...new Set(uris)]);
    return batch.map((facts) => toScoringCandidate(facts, iscoCodes));
  }

  /** Scores candidates against one offer. */
  async scoreAll(
    batch: CandidateSnapshot[],
    offer: OfferFacts,
    context: ScoringContext,
  ): Promise<{ facts: CandidateSnapshot; result: MatchScore }[]> {
    const candidates = await this.scoringCandidates(batch);
    return batch.map((facts, i) => ({ facts, result: scoreMatch(candidates[i], offer, context) }));
  }
}

import { Injectable } from '@nestjs/common';
import { BlueCardThresholdsService } from '../blue-card-thresholds/blue-card-thresholds.service';
import type { ScorableCandidate } from '../candidates/candidate-facts.reader';
import { TaxonomyRepository } from '../taxonomy/taxonomy.repository';
import { toScoringCandidate, todayIso } from './match-facts.mapper';
import { scoreMatch, type CandidateFacts, type MatchScore, type OfferFacts, type ScoringContext } from './scoring';

/** Far above ESCO's ~3,000 occupations: only URIs that are not occupations could fill it, and then it starts again. */
const ISCO_MEMO_LIMIT = 20_000;

/**
 * The pure scorer with what it needs from the database: the context of one
 * ranking and the ISCO groups of the candidates' desired occupations. The
 * routes and the exact reference ranking both score through it, so they score
 * every pair identically.
 */
@Injectable()
export class MatchScoringService {
  /** Occupation URI → ISCO group (null: unknown to the taxonomy, or free text). */
  private readonly iscoCodes = new Map<string, string | null>();

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

  /** The scorer's facts of these candidates (the ISCO groups of their desired and past occupations). */
  async scoringCandidates(batch: readonly ScorableCandidate[]): Promise<CandidateFacts[]> {
    const uris = batch.flatMap((f) => [...f.desiredOccupationUris, ...f.experience.flatMap((e) => (e.escoUri ? [e.escoUri] : []))]);
    const iscoCodes = await this.iscoCodesOf(new Set(uris));
    return batch.map((facts) => toScoringCandidate(facts, iscoCodes));
  }

  /**
   * ISCO-08 groups of occupations, remembered: ESCO has about 3,000 occupations and an import never moves one to
   * another group within a release, while a ranking asks for the same few hundred again and again. Only the
   * occupations not seen yet are read.
   */
  private async iscoCodesOf(uris: ReadonlySet<string>): Promise<ReadonlyMap<string, string>> {
    const unknown = [...uris].filter((uri) => !this.iscoCodes.has(uri));
    if (unknown.length) {
      if (this.iscoCodes.size > ISCO_MEMO_LIMIT) this.iscoCodes.clear();
      const found = await this.taxonomy.iscoCodesOf(unknown);
      for (const uri of unknown) this.iscoCodes.set(uri, found.get(uri) ?? null);
    }
    const codes = new Map<string, string>();
    for (const uri of uris) {
      const code = this.iscoCodes.get(uri);
      if (code) codes.set(uri, code);
    }
    return codes;
  }

  /** Scores candidates against one offer. */
  async scoreAll<C extends ScorableCandidate>(
    batch: C[],
    offer: OfferFacts,
    context: ScoringContext,
  ): Promise<{ facts: C; result: MatchScore }[]> {
    const candidates = await this.scoringCandidates(batch);
    return batch.map((facts, i) => ({ facts, result: scoreMatch(candidates[i], offer, context) }));
  }
}

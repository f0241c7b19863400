import { Injectable } from '@nestjs/common';
import { CandidateFactsReader } from '../candidates/candidate-facts.reader';
import type { JobOfferEntity } from '../job-offers/entities/job-offer.entity';
import { JobOffersRepository, type SkillOverlap } from '../job-offers/job-offers.repository';
import { toOfferFacts } from './match-facts.mapper';
import { MatchScoringService } from './match-scoring.service';
import { byScoreThenId, type RankedMatch } from './ranking';
import { NO_SHARED_SKILL_BOUND, offerSketch, overlapQueryFor } from './retrieval/offer-retrieval-bounds';
import { CONFIRM_SLACK } from './retrieval/retrieval-limits';
import { type CandidateFacts, type ScoringContext, scoreMatch, sketchUpperBound } from './scoring';

/** Offers whose facts are read per round trip: the first read likely holds the page, later ones go deeper. */
const FIRST_FACTS_READ = 60;
const LATER_FACTS_READ = 200;

/**
 * Candidate → offers: the best n published offers for a profile, always exact
 * (see docs/matching-retrieval.md).
 */
@Injectable()
export class OfferRankingService {
  constructor(
    private readonly candidates: CandidateFactsReader,
    private readonly offers: JobOffersRepository,
    private readonly scoring: MatchScoringService,
  ) {}

  /**
   * PostgreSQL counts, for every published offer whose hard requirements the
   * candidate meets and which shares a skill with them (or a related one), how
   * many of its skills they hold (JobOffersRepository.skillOverlaps, over
   * GIN-indexed skill arrays). From the counts and the occupation each offer
   * gets an upper bound (`sketchUpperBound`); offers are read and scored best
   * bound first until the n-th best score is above every bound left. Any offer
   * sharing no skill scores at most `NO_SHARED_SKILL_BOUND`: only when the
   * n-th best is not above it are the other eligible offers counted too. The
   * page is then re-read with its employers and re-scored, so an offer closed
   * meanwhile drops out.
   */
  async rank(profileId: string, n: number): Promise<{ ranked: RankedMatch[]; offers: Map<string, JobOfferEntity> } | null> {
    const [facts] = await this.candidates.factsFor([profileId], { onlyVisible: false });
    if (!facts) return null;
    const context = await this.scoring.context(facts.skillUris);
    const [candidate] = await this.scoring.scoringCandidates([facts]);
    const query = overlapQueryFor(candidate, context);
    const sharing = await this.offers.skillOverlaps({ ...query, scope: 'sharing' });
    let ranked = await this.scoreBestBoundFirst(sharing, candidate, context, n, []);
    if (ranked.length < n || ranked[n - 1].score <= NO_SHARED_SKILL_BOUND) {
      const seen = new Set(sharing.map((o) => o.id));
      const rest = (await this.offers.skillOverlaps({ ...query, scope: 'every' })).filter((o) => !seen.has(o.id));
      ranked = await this.scoreBestBoundFirst(rest, candidate, context, n, ranked);
    }
    // The page, read again from PostgreSQL with its employers: an offer closed or edited since drops out or moves.
    const offers = new Map<string, JobOfferEntity>();
    const page: RankedMatch[] = [];
    for (const offer of await this.offers.findPublished(ranked.map((r) => r.id))) {
      const result = scoreMatch(candidate, toOfferFacts(offer), context);
      if (!result.eligible) continue;
      offers.set(offer.id, offer);
      page.push({ id: offer.id, score: result.score, result });
    }
    return { ranked: page.sort(byScoreThenId).slice(0, n), offers };
  }

  /**
   * Adds to `ranked` the best of `overlaps`, reading and scoring offers in
   * order of their bound until the next bound is below the n-th best score (a
   * bound equal to it is still read: equal scores are ordered by id). Keeps
   * n + CONFIRM_SLACK, so the page survives a few offers closing meanwhile.
   */
  private async scoreBestBoundFirst(
    overlaps: SkillOverlap[],
    candidate: CandidateFacts,
    context: ScoringContext,
    n: number,
    ranked: RankedMatch[],
  ): Promise<RankedMatch[]> {
    const hasFreeText = candidate.freeTextSkills.length > 0;
    const ordered = overlaps
      .map((o) => ({ id: o.id, bound: sketchUpperBound(candidate, offerSketch(o, hasFreeText)) }))
      .sort((a, b) => b.bound - a.bound || (a.id < b.id ? -1 : 1));
    const result = [...ranked];
    const nthBest = () => (result.length >= n ? result[n - 1].score : -Infinity);
    for (let next = 0; next < ordered.length && ordered[next].bound >= nthBest();) {
      const size = next === 0 ? Math.max(FIRST_FACTS_READ, 3 * n) : LATER_FACTS_READ;
      const chunk: string[] = [];
      while (next < ordered.length && chunk.length < size && ordered[next].bound >= nthBest()) chunk.push(ordered[next++].id);
      for (const offer of await this.offers.findPublishedMatchFacts(chunk)) {
        const score = scoreMatch(candidate, toOfferFacts(offer), context);
        if (score.eligible) result.push({ id: offer.id, score: score.score, result: score });
      }
      result.sort(byScoreThenId);
      if (result.length > n + CONFIRM_SLACK) result.length = n + CONFIRM_SLACK;
    }
    return result;
  }
}

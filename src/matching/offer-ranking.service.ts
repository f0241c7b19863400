import { Injectable } from '@nestjs/common';
import { CandidateFactsReader } from '../candidates/candidate-facts.reader';
import type { JobOfferEntity } from '../job-offers/entities/job-offer.entity';
import { JobOffersRepository, type SkillOverlap, type SkillOverlapQuery } from '../job-offers/job-offers.repository';
import { toOfferFacts } from './match-facts.mapper';
import { MatchScoringService } from './match-scoring.service';
import { byScoreThenId, type RankedMatch } from './ranking';
import { NO_SHARED_SKILL_BOUND, offerSketch, overlapQueryFor, REMAINDER_BOUND } from './retrieval/offer-retrieval-bounds';
import { CONFIRM_SLACK } from './retrieval/retrieval-limits';
import { type CandidateFacts, type ScoringContext, scoreMatch, sketchQuickUpperBound, sketchUpperBounder } from './scoring';

/** Offers whose skill lists are read per round trip: the first read likely holds the page, later ones go deeper. */
const FIRST_FACTS_READ = 60;
const LATER_FACTS_READ = 200;

/** Where one ranking's time went (the bench reports these per call). */
export interface OfferRankingStats {
  /** Offers PostgreSQL answered for (sharing a skill, and those of the wider scopes read). */
  counted: number;
  /** The scopes beyond `sharing` that were read (the n-th best was not above what they can score). */
  widened: SkillOverlapQuery['scope'][];
  /** Offers whose quick bound reached the n-th best (their full sketch bound computed). */
  sketched: number;
  /** Offers whose skill lists were read and scored in full, and in how many round trips. */
  scored: number;
  reads: number;
  countMs: number;
  readMs: number;
  scoringMs: number;
  totalMs: number;
}

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
   * PostgreSQL answers, for every published offer whose hard requirements the
   * candidate meets and which shares a skill with them (or a related one), how
   * many of its skills they hold and its scalar facts (JobOffersRepository.
   * skillOverlaps, over GIN-indexed skill arrays). Each offer gets a quick
   * bound (skills and occupation), and, when that still reaches the n-th best
   * score, a full one (place, languages, start and degree scored exactly);
   * offers whose full bound reaches it are read and scored, best quick bound
   * first, until the n-th best is above every bound left. Any offer sharing no
   * skill scores at most `NO_SHARED_SKILL_BOUND`, and one without occupation
   * points or optional share too at most `REMAINDER_BOUND`: only while the n-th
   * best is not above them are those scopes read too. The page is then
   * re-read with its employers and re-scored, so an offer closed meanwhile
   * drops out.
   */
  async rank(
    profileId: string,
    n: number,
  ): Promise<{ ranked: RankedMatch[]; offers: Map<string, JobOfferEntity>; stats: OfferRankingStats } | null> {
    const started = performance.now();
    const [facts] = await this.candidates.factsFor([profileId], { onlyVisible: false });
    if (!facts) return null;
    const context = await this.scoring.context(facts.skillUris);
    const [candidate] = await this.scoring.scoringCandidates([facts]);
    const stats: OfferRankingStats = {
      counted: 0,
      widened: [],
      sketched: 0,
      scored: 0,
      reads: 0,
      countMs: 0,
      readMs: 0,
      scoringMs: 0,
      totalMs: 0,
    };
    const query = overlapQueryFor(candidate, context);
    const count = async (scope: SkillOverlapQuery['scope']) => {
      const countStarted = performance.now();
      const overlaps = await this.offers.skillOverlaps({ ...query, scope });
      stats.countMs += performance.now() - countStarted;
      return overlaps;
    };
    const sharing = await count('sharing');
    stats.counted = sharing.length;
    let ranked = await this.scoreBestBoundFirst(sharing, candidate, context, n, [], stats);
    // Wider only while the n-th best is not above what the next scope can score at most (equal scores go by id).
    for (const [scope, atMost] of [
      ['promising', NO_SHARED_SKILL_BOUND],
      ['remainder', REMAINDER_BOUND],
    ] as const) {
      if (ranked.length >= n && ranked[n - 1].score > atMost) break;
      const more = await count(scope);
      stats.widened.push(scope);
      stats.counted += more.length;
      ranked = await this.scoreBestBoundFirst(more, candidate, context, n, ranked, stats);
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
    stats.totalMs = performance.now() - started;
    return { ranked: page.sort(byScoreThenId).slice(0, n), offers, stats };
  }

  /**
   * Adds to `ranked` the best of `overlaps`, in order of their quick bound
   * until the next is below the n-th best score (a bound equal to it still
   * counts: equal scores are ordered by id). An offer whose full sketch bound is
   * below the n-th best is passed over unread. Keeps n + CONFIRM_SLACK, so the
   * page survives a few offers closing meanwhile.
   */
  private async scoreBestBoundFirst(
    overlaps: SkillOverlap[],
    candidate: CandidateFacts,
    context: ScoringContext,
    n: number,
    ranked: RankedMatch[],
    stats: OfferRankingStats,
  ): Promise<RankedMatch[]> {
    const hasFreeText = candidate.freeTextSkills.length > 0;
    const fullBound = sketchUpperBounder(candidate, context);
    const ordered = overlaps
      .map((o) => {
        const sketch = offerSketch(o, hasFreeText);
        return { id: o.id, sketch, quick: sketchQuickUpperBound(candidate, sketch) };
      })
      .sort((a, b) => b.quick - a.quick || (a.id < b.id ? -1 : 1));
    const result = [...ranked];
    const nthBest = () => (result.length >= n ? result[n - 1].score : -Infinity);
    for (let next = 0; next < ordered.length && ordered[next].quick >= nthBest();) {
      const size = stats.reads === 0 ? Math.max(FIRST_FACTS_READ, 3 * n) : LATER_FACTS_READ;
      const chunk: string[] = [];
      for (; next < ordered.length && chunk.length < size && ordered[next].quick >= nthBest(); next++) {
        stats.sketched++;
        if (fullBound(ordered[next].sketch) >= nthBest()) chunk.push(ordered[next].id);
      }
      if (!chunk.length) continue;
      const readStarted = performance.now();
      const read = await this.offers.findPublishedMatchFacts(chunk);
      const scoringStarted = performance.now();
      stats.readMs += scoringStarted - readStarted;
      stats.reads++;
      stats.scored += read.length;
      for (const offer of read) {
        const score = scoreMatch(candidate, toOfferFacts(offer), context);
        if (score.eligible) result.push({ id: offer.id, score: score.score, result: score });
      }
      result.sort(byScoreThenId);
      if (result.length > n + CONFIRM_SLACK) result.length = n + CONFIRM_SLACK;
      stats.scoringMs += performance.now() - scoringStarted;
    }
    return result;
  }
}

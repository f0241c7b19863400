import { Inject, Injectable } from '@nestjs/common';
import {
  CandidateFactsReader,
  fromIndexedMatchFacts,
  type IndexedMatchFacts,
  type ScorableCandidate,
} from '../candidates/candidate-facts.reader';
import { CANDIDATES_INDEX } from '../candidates/candidates.index';
import type { JobOfferEntity } from '../job-offers/entities/job-offer.entity';
import { SearchEngineService } from '../search/search-engine.service';
import { offerSkillUris, toOfferFacts } from './match-facts.mapper';
import { MatchScoringService } from './match-scoring.service';
import { byScoreThenId, type RankedMatch } from './ranking';
import { planCandidateCells, type RetrievalCell } from './retrieval/candidate-retrieval-plan';
import { CONFIRM_SLACK, MATCH_RETRIEVAL_CAP, RETRIEVED_ATTRIBUTES } from './retrieval/retrieval-limits';
import type { OfferFacts, ScoringContext } from './scoring';

/** How stage 1 went for one offer (the benchmark and the logs read it). */
export interface RetrievalStats {
  /** Cells of the plan, and those fetched and scored before the bound stopped the walk. */
  cellsPlanned: number;
  cellsFetched: number;
  /** Multi-search round trips to Meilisearch. */
  rounds: number;
  retrieved: number;
  /** A tier held more candidates than the cap: the result is then no longer guaranteed exact. */
  overflowed: boolean;
  /** Meilisearch searches sent (a multi-search counts each of its queries). */
  requests: number;
  /** Time in Meilisearch round trips, in scoring the retrieved candidates, in re-reading the top from PostgreSQL, in all. */
  retrievalMs: number;
  scoringMs: number;
  confirmMs: number;
  totalMs: number;
}

/** A retrieved candidate: its id and, when the document carries them, its match facts. */
type RetrievedCandidate = { id: string; matchFacts?: IndexedMatchFacts };
/** Once n candidates are known, a round fetches about this many documents (then scores them and raises the bar). */
const ROUND_DOCUMENTS = 300;
/** How many cells ahead one counting request sizes (best bound first). */
const COUNTED_CELLS = 16;

/**
 * Offer → candidates: the best n eligible candidates for an offer, exact
 * unless a cell overflows the cap (see docs/matching-retrieval.md). Retrieval
 * from Meilisearch by the plan's cells, scoring from the facts the documents
 * carry, the page confirmed from PostgreSQL.
 */
@Injectable()
export class CandidateRankingService {
  constructor(
    private readonly engine: SearchEngineService,
    private readonly candidates: CandidateFactsReader,
    private readonly scoring: MatchScoringService,
    @Inject(MATCH_RETRIEVAL_CAP) private readonly cap: number,
  ) {}

  /**
   * Stage 1 and 2 for offer → candidates. Walks the plan's cells best bound
   * first, a round of cells per multi-search: first a few, then every cell whose
   * bound still reaches the n-th best score. A cell whose bound is below the
   * n-th best cannot change the top n (equal scores are ordered by id, so a cell
   * whose bound equals it is still fetched). The walk scores the facts the index
   * documents carry; the top n is then re-read from PostgreSQL and re-scored
   * (confirmTop), so what is shown is never a hidden profile or a stale score.
   */
  async rank(offer: JobOfferEntity, n: number): Promise<{ ranked: RankedMatch[]; stats: RetrievalStats }> {
    const started = performance.now();
    const offerFacts = toOfferFacts(offer);
    const context = await this.scoring.context(offerSkillUris(offerFacts));
    const cells = planCandidateCells(offerFacts, context);
    const query = offerQuery(offer);
    const ranked: RankedMatch[] = [];
    const stats: RetrievalStats = {
      cellsPlanned: cells.length,
      cellsFetched: 0,
      rounds: 0,
      retrieved: 0,
      overflowed: false,
      requests: 0,
      retrievalMs: 0,
      scoringMs: 0,
      confirmMs: 0,
      totalMs: 0,
    };
    // The n-th best score so far: a cell bounded below it cannot reach the top n.
    const bar = () => (ranked.length >= n ? ranked[n - 1].score : -Infinity);
    const sizes = new Map<RetrievalCell, number>();
    let next = 0;
    while (next < cells.length && cells[next].upperBound >= bar()) {
      const roundStarted = performance.now();
      // Count the cells ahead first (cheap: no documents), so that empty cells cost nothing and a round fetches
      // only the cells it needs: before n candidates are known, the best cells until they hold n; then every cell
      // still in reach.
      const uncounted = cells.slice(next, next + COUNTED_CELLS).filter((c) => !sizes.has(c) && c.upperBound >= bar());
      const counts = await this.engine.searchMany(
        CANDIDATES_INDEX,
        uncounted.map((cell) => ({ q: '', filter: cell.filter, page: 1, hitsPerPage: 0 })),
      );
      uncounted.forEach((cell, i) => sizes.set(cell, counts[i].totalHits ?? 0));
      // A round takes the best cells until they hold n candidates, or, once n are known, about ROUND_DOCUMENTS of those
      // still in reach: the bar rises as they are scored, so a smaller round wastes fewer documents on cells it rules out.
      const round: RetrievalCell[] = [];
      let expected = ranked.length;
      let documents = 0;
      const wanted = () => (ranked.length >= n ? documents < ROUND_DOCUMENTS : expected < n);
      while (next < cells.length && sizes.has(cells[next]) && cells[next].upperBound >= bar() && (round.length === 0 || wanted())) {
        const cell = cells[next++];
        const size = sizes.get(cell)!;
        if (size > 0) round.push(cell);
        expected += size;
        documents += Math.min(size, this.cap);
      }
      const fetched = await this.fetchCells(round, sizes, query);
      const scoringStarted = performance.now();
      stats.retrievalMs += scoringStarted - roundStarted;
      stats.rounds++;
      stats.requests += uncounted.length + fetched.requests;
      for (const [i, hits] of fetched.hits.entries()) {
        // Cells come best bound first and the bar only rises: once one is below it, so is every later one.
        if (round[i].upperBound < bar()) break;
        stats.cellsFetched++;
        stats.retrieved += hits.length;
        for (const { facts, result } of await this.scoring.scoreAll(await this.withFacts(hits), offerFacts, context)) {
          if (result.eligible) ranked.push({ id: facts.profileId, score: result.score, result });
        }
        ranked.sort(byScoreThenId);
      }
      stats.overflowed ||= fetched.overflowed;
      stats.scoringMs += performance.now() - scoringStarted;
    }
    const confirmStarted = performance.now();
    const confirmed = await this.confirmTop(ranked, n, offerFacts, context);
    stats.confirmMs = performance.now() - confirmStarted;
    stats.totalMs = performance.now() - started;
    return { ranked: confirmed, stats };
  }

  /**
   * The best `n` of `ranked`, re-read from PostgreSQL and re-scored: a profile hidden or changed since the index
   * last saw it drops out or moves, and the next ones move up. Reads only about one page.
   */
  private async confirmTop(ranked: RankedMatch[], n: number, offer: OfferFacts, context: ScoringContext): Promise<RankedMatch[]> {
    const confirmed: RankedMatch[] = [];
    for (let next = 0; confirmed.length < n && next < ranked.length;) {
      const chunk = ranked.slice(next, next + n - confirmed.length + CONFIRM_SLACK);
      next += chunk.length;
      const stored = await this.candidates.factsFor(chunk.map((r) => r.id));
      for (const { facts, result } of await this.scoring.scoreAll(stored, offer, context)) {
        if (result.eligible) confirmed.push({ id: facts.profileId, score: result.score, result });
      }
    }
    return confirmed.sort(byScoreThenId).slice(0, n);
  }

  /** The retrieved candidates' match facts: from the index document, or from PostgreSQL for a document without them. */
  private async withFacts(hits: RetrievedCandidate[]): Promise<ScorableCandidate[]> {
    // A document of an older shape (no facts, or facts without skillIds) waits for the next reindex: read it from PostgreSQL.
    const carries = (h: RetrievedCandidate): h is Required<RetrievedCandidate> => Array.isArray(h.matchFacts?.skillIds);
    const missing = hits.filter((h) => !carries(h)).map((h) => h.id);
    const carried = hits.flatMap((h) => (carries(h) ? [{ ...fromIndexedMatchFacts(h.matchFacts), profileId: h.id }] : []));
    return missing.length ? [...carried, ...(await this.candidates.factsFor(missing))] : carried;
  }

  /**
   * The candidates of each cell (its size counted beforehand), in one
   * multi-search. A cell holding more than `cap` is fetched as far as the cap
   * allows plus the best text matches of the offer's skill and occupation labels
   * within it: the result is then well aimed rather than guaranteed exact
   * (stats.overflowed).
   */
  private async fetchCells(
    cells: RetrievalCell[],
    sizes: ReadonlyMap<RetrievalCell, number>,
    query: string,
  ): Promise<{ hits: RetrievedCandidate[][]; overflowed: boolean; requests: number }> {
    const search = (q: string, filter: string | undefined, extra: Record<string, unknown> = {}) => ({
      q,
      filter,
      page: 1,
      hitsPerPage: this.cap,
      attributesToRetrieve: RETRIEVED_ATTRIBUTES,
      ...extra,
    });
    const full = cells.filter((cell) => sizes.get(cell)! > this.cap);
    const results = await this.engine.searchMany<RetrievedCandidate>(CANDIDATES_INDEX, [
      ...cells.map((cell) => search('', cell.filter)),
      ...(query ? full.map((cell) => search(query, cell.filter, { matchingStrategy: 'last' })) : []),
    ]);
    const hits = results.slice(0, cells.length).map((r) => r.hits);
    results.slice(cells.length).forEach((aimed, j) => {
      const i = cells.indexOf(full[j]);
      hits[i] = [...new Map([...hits[i], ...aimed.hits].map((h) => [h.id, h])).values()];
    });
    return { hits, overflowed: full.length > 0, requests: results.length };
  }
}

/** The query that aims retrieval within an overflowing cell: the offer's skill and occupation labels. */
function offerQuery(offer: JobOfferEntity): string {
  return [...offer.requiredSkills, ...offer.optionalSkills]
    .map((s) => s.label)
    .concat(offer.occupationLabel)
    .join(' ');
}

import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { profileConcepts, relabelProfileView } from '../candidates/candidate-profile.mapper';
import {
  CandidateFactsReader,
  fromIndexedMatchFacts,
  type IndexedMatchFacts,
  type CandidateSnapshot,
  type ScorableCandidate,
} from '../candidates/candidate-facts.reader';
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
import { atLeastOfFilter, planCandidateCells, type RetrievalCell } from './retrieval/candidate-retrieval-plan';
import { scoreMatch, skillsUpperBound, type MatchExplanation, type MatchScore, type OfferFacts, type ScoringContext } from './scoring';
import { MATCH_WEIGHTS, SKILL_SPLIT } from './scoring/match-weights';
import type { OfferMatchFacts } from '../job-offers/job-offer-document';

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

/**
 * Candidate → offers retrieves once per request (one multi-search, no rounds), and offers are far fewer than
 * candidates, so it may fetch this many times the per-cell cap.
 */
const OFFER_CAP_FACTOR = 4;
/** The best score an offer can give a candidate who holds none of its (one or more) required skills nor a related one. */
const NO_SHARED_SKILL_BOUND = 100 - MATCH_WEIGHTS.skills * SKILL_SPLIT.essential;
/** A retrieved offer: its id and the facts matching scores on. */
type RetrievedOffer = { id: string; matchFacts?: OfferMatchFacts };
/** A retrieved candidate: its id and, when the document carries them, its match facts. */
type RetrievedCandidate = { id: string; matchFacts?: IndexedMatchFacts };
const RETRIEVED_ATTRIBUTES = ['id', 'matchFacts'];
/** Once n candidates are known, a round fetches about this many documents (then scores them and raises the bar). */
const ROUND_DOCUMENTS = 300;
/** How many cells ahead one counting request sizes (best bound first). */
const COUNTED_CELLS = 16;
/** confirmTop reads this many beyond the page, so that a profile hidden meanwhile rarely costs a second read. */
const CONFIRM_SLACK = 5;

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
    const ranking = profileId ? await this.rankOffers(profileId, page * limit) : null;
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
  async topForCandidate(profileId: string, n: number): Promise<{ ranked: RankedId[]; exact: boolean } | null> {
    const ranking = await this.rankOffers(profileId, n);
    return ranking && { ranked: ranking.ranked.map(({ id, score }) => ({ id, score })), exact: ranking.exact };
  }

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
  private async rankOffers(
    profileId: string,
    n: number,
  ): Promise<{ ranked: Ranked[]; offers: Map<string, JobOfferEntity>; exact: boolean } | null> {
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
    const ranked: Ranked[] = [];
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
  ): Ranked[] {
    const bounded = items.map((item) => ({ ...item, bound: bound(item.facts) })).sort((a, b) => b.bound - a.bound);
    const ranked: Ranked[] = [];
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
   * Stage 1 and 2 for offer → candidates. Walks the plan's cells best bound
   * first, a round of cells per multi-search: first a few, then every cell whose
   * bound still reaches the n-th best score. A cell whose bound is below the
   * n-th best cannot change the top n (equal scores are ordered by id, so a cell
   * whose bound equals it is still fetched). The walk scores the facts the index
   * documents carry; the top n is then re-read from PostgreSQL and re-scored
   * (confirmTop), so what is shown is never a hidden profile or a stale score.
   */
  private async rankCandidates(offer: JobOfferEntity, n: number): Promise<{ ranked: Ranked[]; stats: RetrievalStats }> {
    const started = performance.now();
    const offerFacts = toOfferFacts(offer);
    const context = await this.scoring.context(offerSkillUris(offerFacts));
    const cells = planCandidateCells(offerFacts, context);
    const query = offerQuery(offer);
    const ranked: Ranked[] = [];
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
  private async confirmTop(ranked: Ranked[], n: number, offer: OfferFacts, context: ScoringContext): Promise<Ranked[]> {
    const confirmed: Ranked[] = [];
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

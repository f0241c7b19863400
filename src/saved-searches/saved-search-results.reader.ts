import { Injectable } from '@nestjs/common';
import { CandidateSearchService } from '../candidates/candidate-search.service';
import { InputValidationError } from '../common/errors/common.errors';
import { EmployerNotVerifiedError } from '../employers/employers.errors';
import { JobOfferSearchService } from '../job-offers/job-offer-search.service';
import type { SavedSearchKind } from './entities/saved-search.entity';
import { searchQueryFor } from './saved-search-query';

/** Results are read in pages of this size (the routes' maximum)… */
const PAGE_SIZE = 100;
/** …up to this many per run: an alert looks at the first MAX_RESULTS results of the saved query. */
export const MAX_RESULTS = 500;

/** One result as an alert may name it: an offer by its title, a profile by its headline (never by name). */
export interface FoundItem {
  id: string;
  title: string;
}

export interface SavedQuery {
  ownerUserId: string;
  kind: SavedSearchKind;
  query: Record<string, string>;
}

/**
 * Runs a saved query through the same search services as the routes, as its
 * owner: published offers only; for employers only profiles visible now (re-read
 * from PostgreSQL) and only while the organisation is verified.
 */
@Injectable()
export class SavedSearchResultsReader {
  constructor(
    private readonly jobSearch: JobOfferSearchService,
    private readonly candidateSearch: CandidateSearchService,
  ) {}

  /**
   * What the owner finds now; empty when they may not search any more
   * (employer no longer verified) or the saved query no longer passes the search's rules.
   */
  async findable(saved: SavedQuery): Promise<FoundItem[]> {
    try {
      return await this.collect((page) => this.page(saved, page));
    } catch (error) {
      if (error instanceof EmployerNotVerifiedError || error instanceof InputValidationError) return [];
      throw error;
    }
  }

  /**
   * Like findable, for a query being saved: a rule the search service checks
   * itself (e.g. a language listed twice) answers 400 naming the query.
   */
  async findableForNewSearch(saved: SavedQuery): Promise<FoundItem[]> {
    try {
      return await this.collect((page) => this.page(saved, page));
    } catch (error) {
      if (error instanceof InputValidationError) throw new InputValidationError(`query.${error.message}`);
      throw error;
    }
  }

  private async collect(read: (page: number) => Promise<{ items: FoundItem[]; total: number }>): Promise<FoundItem[]> {
    const found: FoundItem[] = [];
    for (let page = 1; found.length < MAX_RESULTS; page++) {
      const { items, total } = await read(page);
      found.push(...items);
      if (!items.length || page * PAGE_SIZE >= Math.min(total, MAX_RESULTS)) break;
    }
    return found.slice(0, MAX_RESULTS);
  }

  private async page(saved: SavedQuery, page: number): Promise<{ items: FoundItem[]; total: number }> {
    if (saved.kind === 'job_offers') {
      const result = await this.jobSearch.search(searchQueryFor('job_offers', saved.query, page, PAGE_SIZE));
      return { items: result.items.map((o) => ({ id: o.id, title: o.title })), total: result.total };
    }
    const viewer = { id: saved.ownerUserId, email: '', role: 'employer' as const };
    const result = await this.candidateSearch.search(viewer, searchQueryFor('candidates', saved.query, page, PAGE_SIZE));
    return { items: result.items.map((c) => ({ id: c.id, title: c.headline ?? c.id.slice(0, 8) })), total: result.total };
  }
}

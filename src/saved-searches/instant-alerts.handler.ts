import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CANDIDATES_INDEX } from '../candidates/candidates.index';
import { JOB_OFFERS_INDEX } from '../job-offers/job-offers.index';
import { AfterIndexing, SEARCH_INDEXED, SearchIndexedHandler } from '../search/indexing/search-indexed.hook';
import type { SavedSearchKind } from './entities/saved-search.entity';
import { SavedSearchAlertsService } from './saved-search-alerts.service';
import { SavedSearchesRepository } from './saved-searches.repository';

/** Which saved-search kind each index feeds. */
const KIND_OF_INDEX: Record<string, SavedSearchKind> = { [JOB_OFFERS_INDEX]: 'job_offers', [CANDIDATES_INDEX]: 'candidates' };

/**
 * Instant alerts ride on the search outbox: when offers or profiles reach
 * the index, a trigger row commits with the outbox rows (so it survives a
 * crash), and the instant run starts after the commit.
 */
@SEARCH_INDEXED.handler()
@Injectable()
export class InstantAlertsHandler implements SearchIndexedHandler {
  constructor(
    private readonly repository: SavedSearchesRepository,
    private readonly alerts: SavedSearchAlertsService,
  ) {}

  async documentsIndexed(manager: EntityManager, resource: string, ids: string[]): Promise<AfterIndexing | void> {
    const kind = KIND_OF_INDEX[resource];
    if (!kind || !ids.length) return;
    if (!(await this.repository.trigger(manager, kind))) return;
    return () => this.alerts.runInstantSoon();
  }
}

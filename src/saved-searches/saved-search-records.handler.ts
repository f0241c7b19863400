import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CANDIDATE_DATA, CandidateDataHandler } from '../candidates/candidate-data.hooks';
import { toSavedSearchView } from './dto/saved-search.view';
import { SavedSearchesRepository } from './saved-searches.repository';

/**
 * GDPR for saved searches: a graduate's own saved searches are part of their
 * export (they go with the account); on erasure, no employer's saved search
 * keeps the erased profile's id among what it has seen.
 */
@CANDIDATE_DATA.handler()
@Injectable()
export class SavedSearchRecordsHandler implements CandidateDataHandler {
  constructor(private readonly repository: SavedSearchesRepository) {}

  async exportSections(profileId: string): Promise<Record<string, unknown[]>> {
    return { savedSearches: (await this.repository.ofProfileOwner(profileId)).map(toSavedSearchView) };
  }

  eraseCandidate(manager: EntityManager, profileId: string): Promise<void> {
    return this.repository.forgetItem(manager, profileId);
  }
}

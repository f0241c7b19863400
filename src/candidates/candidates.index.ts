import { Injectable } from '@nestjs/common';
import type { IndexDefinition } from '../search/search-engine.service';
import { IndexedResource, SearchIndexed } from '../search/indexing/indexed-resource';
import { TaxonomyRepository } from '../taxonomy/taxonomy.repository';
import { matchFactsOf, type IndexedMatchFacts } from './candidate-facts.reader';
import { CandidateDocument, isVisibleToEmployers, toCandidateDocument } from './candidate-profile.mapper';
import { CandidatesRepository } from './candidates.repository';
import type { CandidateProfileEntity } from './entities/candidate-profile.entity';

/** Index name (without prefix) and the `resource` of outbox rows. */
export const CANDIDATES_INDEX = 'candidates';

export const CANDIDATE_FACETS = ['skills', 'cities', 'languages', 'countries'] as const;

export const candidatesIndexDefinition: IndexDefinition = {
  name: CANDIDATES_INDEX,
  primaryKey: 'id',
  settings: {
    // Labels of every concept in de/en/pl/cs are on the document: a query in any of them finds it.
    searchableAttributes: ['headline', 'occupationLabels', 'skillLabels', 'summary'],
    filterableAttributes: [
      'id',
      'skills',
      'skillUris',
      'skillKeys',
      'occupationUris',
      'cities',
      'cityKeys',
      'placeKeys',
      'placeAgs',
      'languages',
      'languageLevels',
      'countries',
      'availableFrom',
      'workPermit',
      'degreeLevel',
      'crossBorderCommuter',
      'openToRemote',
    ],
    sortableAttributes: ['updatedAt', 'availableFrom'],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    faceting: { maxValuesPerFacet: 100 },
    pagination: { maxTotalHits: 10_000 },
  },
};

/** The index document: what search filters, finds and facets on, plus the facts matching scores on (stored, never searched). */
export type IndexedCandidate = CandidateDocument & { matchFacts: IndexedMatchFacts };

/**
 * Candidate profiles in Meilisearch: only profiles employers may see (visibility
 * `employers`, not hidden by staff, not hidden by retention); every other id is
 * removed from the index by the pipeline.
 */
@Injectable()
@SearchIndexed()
export class CandidatesIndex implements IndexedResource<IndexedCandidate> {
  readonly definition = candidatesIndexDefinition;

  constructor(
    private readonly repository: CandidatesRepository,
    private readonly taxonomy: TaxonomyRepository,
  ) {}

  async documentsFor(ids: string[]): Promise<Map<string, IndexedCandidate>> {
    const rows = (await this.repository.findByIds(ids)).filter(isVisibleToEmployers);
    const documents = await this.toDocuments(rows);
    return new Map(documents.map((d) => [d.id, d]));
  }

  async *allDocuments(batchSize: number): AsyncIterable<IndexedCandidate[]> {
    let after: string | null = null;
    for (;;) {
      const rows = await this.repository.visibleBatch(after, batchSize);
      if (!rows.length) return;
      yield await this.toDocuments(rows);
      after = rows[rows.length - 1].id;
    }
  }

  private async toDocuments(rows: CandidateProfileEntity[]): Promise<IndexedCandidate[]> {
    const uris = new Set<string>();
    for (const row of rows) {
      for (const c of [...row.skills, ...row.desiredOccupations]) if (c.escoUri) uris.add(c.escoUri);
    }
    const labels = await this.taxonomy.allLabels([...uris]);
    return rows.map((row) => ({ ...toCandidateDocument(row, labels), matchFacts: matchFactsOf(row) }));
  }
}

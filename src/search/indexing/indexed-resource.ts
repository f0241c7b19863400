import { SetMetadata } from '@nestjs/common';
import type { IndexDefinition } from '../search-engine.service';

/**
 * What a feature tells the indexing pipeline about one of its Meilisearch
 * indexes. Postgres is the source of truth: the pipeline only ever asks the
 * feature for the *current* documents of some ids and mirrors the answer.
 */
export interface IndexedResource<Document extends object = object> {
  /** Index name (without prefix), primary key and settings; also the `resource` of outbox rows. */
  readonly definition: IndexDefinition;
  /**
   * The documents that belong in the index now, by id. An id missing from the
   * answer (row deleted, offer not published, profile hidden) is removed from
   * the index. Build each document with a pure mapper that leaves out every
   * field employers must not see or filter on.
   */
  documentsFor(ids: string[]): Promise<Map<string, Document>>;
  /** Every document that belongs in the index, in batches of at most `batchSize` (for a full rebuild). */
  allDocuments(batchSize: number): AsyncIterable<Document[]>;
}

export const INDEXED_RESOURCE = Symbol('INDEXED_RESOURCE');

/**
 * Marks a provider as an IndexedResource. The pipeline discovers every marked
 * provider at start-up, applies its index settings and routes outbox rows to it.
 */
export const SearchIndexed = (): ClassDecorator => SetMetadata(INDEXED_RESOURCE, true);

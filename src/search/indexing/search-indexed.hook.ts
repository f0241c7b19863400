import type { EntityManager } from 'typeorm';
import { Hook } from '../../common/hooks/hook';

/** Work a handler needs done once the outbox transaction has committed; it is started, not awaited, by the pipeline. */
export type AfterIndexing = () => Promise<void>;

export interface SearchIndexedHandler {
  /**
   * These documents of `resource` were just written to Meilisearch (new or
   * changed; removals are not reported). Runs in the transaction that settles
   * their outbox rows, so what the handler records commits with them; keep it
   * short (a row in a table of its own) and return the slow part for after the commit.
   */
  documentsIndexed(manager: EntityManager, resource: string, ids: string[]): Promise<AfterIndexing | void>;
}

/** Features that react to what became findable (saved-search alerts) without polling the index. */
export const SEARCH_INDEXED = new Hook<SearchIndexedHandler>('search indexed');

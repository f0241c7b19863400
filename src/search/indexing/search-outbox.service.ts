import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxProcessor } from './outbox-processor';
import { OutboxRepository } from './outbox.repository';

/**
 * What features use to keep their index in step with Postgres:
 *  - `enqueue(manager, …)` inside the transaction that changes the rows;
 *  - `syncNow(…)` after the commit when the user expects to see the change at
 *    once (a closed offer leaves search, a visible profile becomes findable).
 * `syncNow` is best effort: when Meilisearch is down the request still
 * succeeds and the worker converges the index later from the outbox.
 */
@Injectable()
export class SearchOutboxService {
  private readonly logger = new Logger(SearchOutboxService.name);

  constructor(
    private readonly repository: OutboxRepository,
    private readonly processor: OutboxProcessor,
  ) {}

  /** Records, in the caller's transaction, that these rows changed (or were deleted). */
  async enqueue(manager: EntityManager, resource: string, ids: string[]): Promise<void> {
    await this.repository.insert(manager, resource, ids);
  }

  /**
   * Erasure: forgets, in the caller's transaction, the pending changes and
   * recorded failures of these entities (so no personal data lingers in the
   * pipeline's tables). Enqueue afterwards to remove their documents.
   */
  async forget(manager: EntityManager, resource: string, ids: string[]): Promise<void> {
    await this.repository.forgetEntities(manager, resource, ids);
  }

  /** Pushes the pending changes of these ids to Meilisearch now and waits for them to be applied. */
  async syncNow(resource: string, ids: string[]): Promise<boolean> {
    try {
      return await this.processor.processEntities(resource, ids);
    } catch (error) {
      this.logger.warn(`Immediate index sync of ${resource} deferred to the worker: ${(error as Error).message}`);
      return false;
    }
  }

  /**
   * Removes documents now and throws when that is impossible (Meilisearch down):
   * for erasure, where the caller must know. The outbox row written with the
   * deletion still makes sure later.
   */
  async removeNow(resource: string, ids: string[]): Promise<void> {
    await this.processor.removeNow(resource, ids);
  }
}

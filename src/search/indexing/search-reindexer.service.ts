import { Injectable, Logger } from '@nestjs/common';
import type { ReplicaEngine } from '../replica-engine';
import { SearchEngineService } from '../search-engine.service';
import { SearchTaskFailedError } from '../search.errors';
import { IndexRegistry } from './index-registry';
import { IndexedResource } from './indexed-resource';
import { OutboxProcessor, type Verdict } from './outbox-processor';
import { OutboxRepository } from './outbox.repository';
import type { ReindexResult } from './reindex.view';

/** Documents per addDocuments call: large batches cost Meilisearch less per document than many small ones. */
export const REBUILD_BATCH = 5_000;
/**
 * Documents sent and not yet confirmed. Meilisearch folds consecutive queued
 * tasks into one indexing batch, and few large batches index much faster than
 * many small ones (measured at 20,000 candidates: 5,000-document batches with
 * 2 in flight ran at 0.64× the speed of queueing everything, 4 in flight at
 * 0.78×). So the rebuild queues up to this many and confirms them afterwards;
 * only the ids are held meanwhile (a refused batch is read again). The cost:
 * a live write made during a rebuild waits behind what is queued.
 */
const MAX_QUEUED_DOCUMENTS = 100_000;
/** How long one batch may take in Meilisearch before the rebuild gives up (it is then retried as a whole). */
const BATCH_WAIT_MS = 600_000;

export type { ReindexResult };

interface QueuedBatch {
  /** The batch's task on each replica, in the order of `engine.replicas()`. */
  taskUids: number[];
  ids: string[];
}

/**
 * Rebuilds indexes from Postgres into fresh indexes and swaps them in, so
 * search never goes empty — on every replica (each batch read once, sent to
 * each; a replica that does not answer fails the rebuild, and the live indexes
 * stay as they were). While a rebuild runs, the outbox workers write
 * every change to both indexes (see search_rebuilds), so nothing changed
 * during the rebuild is missing after the swap.
 */
@Injectable()
export class SearchReindexerService {
  private readonly logger = new Logger(SearchReindexerService.name);

  constructor(
    private readonly registry: IndexRegistry,
    private readonly engine: SearchEngineService,
    private readonly outbox: OutboxRepository,
    private readonly processor: OutboxProcessor,
  ) {}

  resourceNames(): string[] {
    return this.registry.all().map((r) => r.definition.name);
  }

  /** Rebuilds every index (or the named ones). */
  async reindex(names: string[] = this.resourceNames()): Promise<Record<string, ReindexResult>> {
    const results: Record<string, ReindexResult> = {};
    for (const name of names) {
      const resource = this.registry.get(name);
      const live = this.engine.uid(resource.definition.name);
      const next = `${live}__rebuild`;
      await this.engine.onEvery((replica) => replica.prepareRebuild(resource.definition, live, next));
      await this.outbox.startRebuild(name, next);
      try {
        results[name] = await this.fill(resource, next);
        await this.engine.onEvery((replica) => replica.swapIn(live, next));
      } finally {
        await this.outbox.finishRebuild(name);
      }
      // Only after workers stopped writing to it: the old copy now lives under `next`.
      await this.engine.onEvery((replica) => replica.dropIndex(next));
      this.logger.log(`Reindexed ${name}: ${JSON.stringify(results[name])}`);
    }
    return results;
  }

  /**
   * Sends every batch without waiting for the one before (up to
   * MAX_QUEUED_DOCUMENTS unconfirmed), so PostgreSQL reads and mapping overlap
   * Meilisearch's indexing, then confirms each task. A batch is sent right after
   * it was read (a change a worker writes meanwhile is queued after it and wins).
   */
  private async fill(resource: IndexedResource, uid: string): Promise<ReindexResult> {
    const { primaryKey } = resource.definition;
    const result: ReindexResult = { documents: 0, rejected: 0 };
    const queued: QueuedBatch[] = [];
    let unconfirmed = 0;
    for await (const batch of resource.allDocuments(REBUILD_BATCH)) {
      if (!batch.length) continue;
      const ids = batch.map((doc) => String((doc as Record<string, unknown>)[primaryKey]));
      const taskUids: number[] = [];
      for (const replica of this.engine.replicas()) taskUids.push(await replica.enqueueInto(uid, batch, primaryKey));
      queued.push({ taskUids, ids });
      unconfirmed += ids.length;
      while (unconfirmed >= MAX_QUEUED_DOCUMENTS) {
        const oldest = queued.shift()!;
        await this.confirm(resource, uid, oldest, result);
        unconfirmed -= oldest.ids.length;
      }
    }
    for (const batch of queued) await this.confirm(resource, uid, batch, result);
    return result;
  }

  /**
   * Waits for one batch. A batch Meilisearch refused is sent again, freshly
   * read and split around the bad documents (one bad document must not stop a
   * rebuild; it is recorded). Anything else — Meilisearch down, a batch not
   * done in time — fails the rebuild, and the live index stays as it was.
   */
  private async confirm(resource: IndexedResource, uid: string, batch: QueuedBatch, result: ReindexResult): Promise<void> {
    const refusedOn: ReplicaEngine[] = [];
    const replicas = this.engine.replicas();
    for (const [i, replica] of replicas.entries()) {
      try {
        const outcome = await replica.taskOutcome(batch.taskUids[i], BATCH_WAIT_MS);
        if (outcome.status === 'pending') {
          throw new Error(`Meilisearch ${replica.name} did not finish rebuild batch task ${batch.taskUids[i]} in time`);
        }
      } catch (error) {
        if (!(error instanceof SearchTaskFailedError)) throw error;
        refusedOn.push(replica);
      }
    }
    if (!refusedOn.length) {
      result.documents += batch.ids.length;
      return;
    }
    const { name, primaryKey } = resource.definition;
    // Re-read: the batch may have been read a while ago, and a worker may have sent a newer version meanwhile.
    const current = await resource.documentsFor(batch.ids);
    const rejected = new Map<string, Extract<Verdict, { kind: 'rejected' }>>();
    for (const replica of refusedOn) {
      for (const [id, verdict] of await this.processor.upsertIsolating(replica, uid, primaryKey, [...current.entries()])) {
        if (verdict.kind === 'rejected') rejected.set(id, verdict);
      }
    }
    result.documents += current.size - rejected.size;
    result.rejected += rejected.size;
    for (const [id, verdict] of rejected) {
      await this.outbox.recordFailure(null, {
        resource: name,
        entityId: id,
        reason: verdict.reason,
        meiliCode: verdict.code,
        attempts: 0,
        gaveUp: false,
      });
    }
  }
}

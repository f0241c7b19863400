import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  type EnqueuedTaskPromise,
  type MultiSearchQuery,
  type SearchParams,
  type SearchResponse,
  type Settings,
  type Task,
} from 'meilisearch';
import { AppConfig } from '../config/app-config';
import { MEILI_CLIENT } from './meilisearch.client';
import { SearchTaskFailedError, SearchUnavailableError } from './search.errors';
import { settingsDiffer } from './settings-drift';

/** What a feature declares about one of its indexes; applied at start-up and on rebuild. */
export interface IndexDefinition {
  /** Logical name; the configured prefix is added in front. */
  name: string;
  /** Set explicitly: our documents carry several `…Id` fields and Meilisearch refuses to guess. */
  primaryKey: string;
  settings: Settings;
}

export type TaskOutcome = { status: 'succeeded'; task: Task } | { status: 'pending'; taskUid: number };

/**
 * Pauses between task polls: short at first, because a one-document update is
 * applied in a few milliseconds and a fixed 20 ms step made every write wait
 * for the next step; then every 25 ms for long tasks (a rebuild batch).
 */
const TASK_POLL_MS = [1, 1, 2, 3, 5, 8, 13, 20];
const TASK_POLL_MAX_MS = 25;

/**
 * The one place that talks to Meilisearch. Features describe their indexes and
 * documents; this service creates indexes, applies settings, writes, searches,
 * waits for tasks (a 202 only means "queued") and swaps rebuilt indexes in.
 */
@Injectable()
export class SearchEngineService {
  private readonly logger = new Logger(SearchEngineService.name);
  private readonly prefix: string;
  private readonly fixedUids: Record<string, string>;

  constructor(
    @Inject(MEILI_CLIENT) private readonly meili: Meilisearch,
    config: ConfigService<AppConfig, true>,
  ) {
    this.prefix = config.get('meiliIndexPrefix', { infer: true });
    this.fixedUids = config.get('meiliIndexUids', { infer: true });
  }

  uid(name: string): string {
    return this.fixedUids[name] ?? `${this.prefix}${name}`;
  }

  /** Creates the index if missing and applies its declared settings when they differ; waits until both are done. */
  async ensureIndex(definition: IndexDefinition, uid = this.uid(definition.name)): Promise<void> {
    const existing = await this.meili.getIndex(uid).catch((error: unknown) => {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return null;
      throw this.translate(error);
    });
    if (!existing) await this.settle(this.meili.createIndex(uid, { primaryKey: definition.primaryKey }), 'create index');
    // A settings update re-processes every document: on a restart, only when the code declares something new.
    const current = existing
      ? await this.meili
          .index(uid)
          .getSettings()
          .catch((error: unknown) => Promise.reject(this.translate(error)))
      : null;
    if (current && !settingsDiffer(definition.settings, current)) return;
    if (current) this.logger.warn(`Settings of index ${uid} differ from those declared in code; re-applying them`);
    await this.settle(this.meili.index(uid).updateSettings(definition.settings), 'update settings');
  }

  /**
   * Adds or replaces documents in an index given by its full uid (the live one or one being rebuilt)
   * and waits for Meilisearch to apply them.
   */
  upsertInto(uid: string, documents: object[], primaryKey: string, waitMs?: number): Promise<TaskOutcome> {
    return this.outcome(this.meili.index(uid).addDocuments(documents as never[], { primaryKey }), waitMs);
  }

  /** Queues documents into an index given by its full uid without waiting; returns the task uid for taskOutcome. */
  async enqueueInto(uid: string, documents: object[], primaryKey: string): Promise<number> {
    try {
      return (await this.meili.index(uid).addDocuments(documents as never[], { primaryKey })).taskUid;
    } catch (error) {
      throw this.translate(error);
    }
  }

  removeFrom(uid: string, ids: string[], waitMs?: number): Promise<TaskOutcome> {
    return this.outcome(this.meili.index(uid).deleteDocuments(ids), waitMs);
  }

  async search<T extends Record<string, unknown>>(name: string, query: string, params: SearchParams): Promise<SearchResponse<T>> {
    try {
      return await this.meili.index<T>(this.uid(name)).search(query, params);
    } catch (error) {
      throw this.translate(error);
    }
  }

  /**
   * Several searches of one index in one round trip (Meilisearch's multi-search): the answers in the order of
   * `queries`. Matching sends a whole retrieval step this way instead of one HTTP request per filter.
   */
  async searchMany<T extends Record<string, unknown>>(
    name: string,
    queries: ({ q: string } & SearchParams)[],
  ): Promise<SearchResponse<T>[]> {
    if (!queries.length) return [];
    const indexUid = this.uid(name);
    try {
      const { results } = await this.meili.multiSearch<{ queries: MultiSearchQuery[] }, T>({
        queries: queries.map((query) => ({ ...query, indexUid })),
      });
      return results;
    } catch (error) {
      throw this.translate(error);
    }
  }

  async documentCount(name: string): Promise<number> {
    try {
      return (await this.meili.index(this.uid(name)).getStats()).numberOfDocuments;
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return 0;
      throw this.translate(error);
    }
  }

  /**
   * Every document id in an index (by logical name), read page by page with only the primary key fetched;
   * an index that does not exist holds none. For comparing the index with PostgreSQL (search:verify).
   */
  async documentIds(name: string, primaryKey: string, pageSize = 10_000): Promise<string[]> {
    const ids: string[] = [];
    try {
      for (let offset = 0; ; offset += pageSize) {
        const page = await this.meili.index(this.uid(name)).getDocuments({ fields: [primaryKey], limit: pageSize, offset });
        for (const doc of page.results) ids.push(String((doc as Record<string, unknown>)[primaryKey]));
        if (page.results.length < pageSize) return ids;
      }
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return [];
      throw this.translate(error);
    }
  }

  /**
   * Builds a fresh copy of the index from `batches`, then swaps it in: searches
   * keep answering from the old index until the new one is complete.
   */
  async rebuild(definition: IndexDefinition, batches: AsyncIterable<object[]>): Promise<number> {
    const next = await this.prepareRebuild(definition);
    const count = await this.fillRebuild(definition, next, batches);
    await this.swapIn(definition, next);
    await this.dropIndex(next);
    return count;
  }

  /** Step 1 of a rebuild: an empty index with the declared settings next to the live one; returns its uid. */
  async prepareRebuild(definition: IndexDefinition): Promise<string> {
    const live = this.uid(definition.name);
    const next = `${live}__rebuild`;
    await this.settle(this.meili.deleteIndex(next), 'drop stale rebuild index').catch(() => undefined);
    await this.ensureIndex(definition, next);
    await this.ensureIndex(definition, live);
    return next;
  }

  /**
   * Step 2: fills the new index. Batches are queued without waiting for each other (Meilisearch folds
   * queued tasks into large batches, much faster than one at a time); then every task must have
   * succeeded, or the rebuild fails.
   */
  async fillRebuild(definition: IndexDefinition, next: string, batches: AsyncIterable<object[]>): Promise<number> {
    let count = 0;
    const tasks: number[] = [];
    for await (const batch of batches) {
      if (!batch.length) continue;
      tasks.push(await this.enqueueInto(next, batch, definition.primaryKey));
      count += batch.length;
    }
    for (const taskUid of tasks) {
      const outcome = await this.taskOutcome(taskUid, 600_000);
      if (outcome.status === 'pending') throw new Error(`Meilisearch did not finish rebuild batch task ${taskUid} in time`);
    }
    return count;
  }

  /** Step 3: one atomic swap; `next` then holds the old copy, to be dropped. Search never sees an empty index. */
  async swapIn(definition: IndexDefinition, next: string): Promise<void> {
    const live = this.uid(definition.name);
    await this.settle(this.meili.swapIndexes([{ indexes: [live, next], rename: false }]), 'swap indexes');
    this.logger.log(`Swapped a rebuilt ${live} in`);
  }

  async dropIndex(uid: string): Promise<void> {
    await this.settle(this.meili.deleteIndex(uid), `drop index ${uid}`);
  }

  private async settle(enqueued: EnqueuedTaskPromise, what: string): Promise<Task> {
    const outcome = await this.outcome(enqueued, 120_000);
    if (outcome.status === 'pending') throw new Error(`Meilisearch did not finish "${what}" (task ${outcome.taskUid}) in time`);
    return outcome.task;
  }

  /**
   * A task that failed is an error (with Meilisearch's reason); one still
   * running when our wait ends is "pending", not a failure: it may yet succeed.
   */
  private async outcome(enqueued: EnqueuedTaskPromise, waitMs = 10_000): Promise<TaskOutcome> {
    let taskUid: number;
    try {
      taskUid = (await enqueued).taskUid;
    } catch (error) {
      throw this.translate(error);
    }
    return this.taskOutcome(taskUid, waitMs);
  }

  /** Waits up to `waitMs` for a task enqueued earlier; a failed task throws SearchTaskFailedError. */
  async taskOutcome(taskUid: number, waitMs: number): Promise<TaskOutcome> {
    const deadline = Date.now() + waitMs;
    for (let polls = 0; ; polls++) {
      let task: Task;
      try {
        task = await this.meili.tasks.getTask(taskUid);
      } catch (error) {
        throw this.translate(error);
      }
      if (task.status === 'succeeded') return { status: 'succeeded', task };
      if (task.status !== 'enqueued' && task.status !== 'processing') {
        throw new SearchTaskFailedError(taskUid, task.error?.message ?? task.status, task.error?.code);
      }
      const pause = TASK_POLL_MS[polls] ?? TASK_POLL_MAX_MS;
      if (Date.now() + pause > deadline) return { status: 'pending', taskUid };
      await sleep(pause);
    }
  }

  private translate(error: unknown): Error {
    if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) {
      return new SearchUnavailableError(error.message);
    }
    return error instanceof Error ? error : new Error(String(error));
  }
}

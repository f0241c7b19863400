import { Logger } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  type EnqueuedTaskPromise,
  type Meilisearch,
  type Task,
} from 'meilisearch';
import type { MeiliReplica } from './meilisearch.client';
import type { ReplicaStatus } from './replica-status';
import { SearchTaskFailedError, SearchUnavailableError } from './search.errors';
import { settingsDiffer } from './settings-drift';
import type { IndexDefinition, TaskOutcome } from './search-engine.service';

/**
 * Pauses between task polls: short at first, because a one-document update is
 * applied in a few milliseconds and a fixed 20 ms step made every write wait
 * for the next step; then every 25 ms for long tasks (a rebuild batch).
 */
const TASK_POLL_MS = [1, 1, 2, 3, 5, 8, 13, 20];
const TASK_POLL_MAX_MS = 25;

/**
 * One Meilisearch replica: index creation and settings, writes, task waits and
 * swaps on that server. Every request goes through `call`, which keeps
 * ReplicaStatus current (down on a refused or timed-out request, up on an answer).
 */
export class ReplicaEngine {
  private readonly logger = new Logger('SearchEngineService');
  readonly name: string;
  readonly url: string;
  private readonly meili: Meilisearch;
  private readonly probeClient: Meilisearch;

  constructor(
    replica: MeiliReplica,
    private readonly status: ReplicaStatus,
  ) {
    this.name = replica.name;
    this.url = replica.url;
    this.meili = replica.client;
    this.probeClient = replica.probe;
  }

  /** Runs one request against this replica; connection failures become SearchUnavailableError. */
  async call<T>(request: (meili: Meilisearch) => Promise<T>, client = this.meili): Promise<T> {
    try {
      const result = await request(client);
      this.status.markUp(this.url, this.name);
      return result;
    } catch (error) {
      if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) {
        this.status.markDown(this.url, this.name, error.message);
        throw new SearchUnavailableError(`${this.name}: ${error.message}`);
      }
      if (error instanceof MeilisearchApiError) this.status.markUp(this.url, this.name);
      throw error instanceof Error ? error : new Error(String(error));
    }
  }

  /** False while the replica is known down; once that time is over, asks it (a health probe). */
  async reachable(): Promise<boolean> {
    const state = this.status.state(this.url);
    if (state !== 'probe') return state === 'up';
    return this.health().then(
      (status) => status === 'available',
      () => false,
    );
  }

  /** Meilisearch's own health answer (`available`), asked with a short timeout; throws SearchUnavailableError when it does not answer. */
  async health(): Promise<string> {
    return (await this.call((meili) => meili.health(), this.probeClient)).status;
  }

  /** Creates the index if missing and applies its declared settings when they differ; waits until both are done. */
  async ensureIndex(definition: IndexDefinition, uid: string): Promise<void> {
    const existing = await this.call((meili) => meili.getIndex(uid)).catch((error: unknown) => {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return null;
      throw error;
    });
    if (!existing) await this.settle((meili) => meili.createIndex(uid, { primaryKey: definition.primaryKey }), 'create index');
    // A settings update re-processes every document: on a restart, only when the code declares something new.
    const current = existing ? await this.call((meili) => meili.index(uid).getSettings()) : null;
    if (current && !settingsDiffer(definition.settings, current)) return;
    if (current) this.logger.warn(`Settings of index ${uid} differ from those declared in code (${this.name}); re-applying them`);
    await this.settle((meili) => meili.index(uid).updateSettings(definition.settings), 'update settings');
  }

  /** Adds or replaces documents in an index given by its full uid and waits for Meilisearch to apply them. */
  upsertInto(uid: string, documents: object[], primaryKey: string, waitMs?: number): Promise<TaskOutcome> {
    return this.outcome((meili) => meili.index(uid).addDocuments(documents as never[], { primaryKey }), waitMs);
  }

  /** Queues documents without waiting; returns the task uid for taskOutcome. */
  async enqueueInto(uid: string, documents: object[], primaryKey: string): Promise<number> {
    return (await this.call((meili) => meili.index(uid).addDocuments(documents as never[], { primaryKey }))).taskUid;
  }

  removeFrom(uid: string, ids: string[], waitMs?: number): Promise<TaskOutcome> {
    return this.outcome((meili) => meili.index(uid).deleteDocuments(ids), waitMs);
  }

  async documentCount(uid: string): Promise<number> {
    try {
      return (await this.call((meili) => meili.index(uid).getStats())).numberOfDocuments;
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return 0;
      throw error;
    }
  }

  /** Every document id in the index, read page by page with only the primary key fetched; a missing index holds none. */
  async documentIds(uid: string, primaryKey: string, pageSize = 10_000): Promise<string[]> {
    const ids: string[] = [];
    try {
      for (let offset = 0; ; offset += pageSize) {
        const page = await this.call((meili) => meili.index(uid).getDocuments({ fields: [primaryKey], limit: pageSize, offset }));
        for (const doc of page.results) ids.push(String((doc as Record<string, unknown>)[primaryKey]));
        if (page.results.length < pageSize) return ids;
      }
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return [];
      throw error;
    }
  }

  /** An empty index `next` with the declared settings next to the live one (a stale one is dropped first). */
  async prepareRebuild(definition: IndexDefinition, live: string, next: string): Promise<void> {
    await this.settle((meili) => meili.deleteIndex(next), 'drop stale rebuild index').catch(() => undefined);
    await this.ensureIndex(definition, next);
    await this.ensureIndex(definition, live);
  }

  /** One atomic swap; `next` then holds the old copy, to be dropped. Search never sees an empty index. */
  async swapIn(live: string, next: string): Promise<void> {
    await this.settle((meili) => meili.swapIndexes([{ indexes: [live, next], rename: false }]), 'swap indexes');
  }

  async dropIndex(uid: string): Promise<void> {
    await this.settle((meili) => meili.deleteIndex(uid), `drop index ${uid}`);
  }

  /** Waits up to `waitMs` for a task enqueued earlier; a failed task throws SearchTaskFailedError. */
  async taskOutcome(taskUid: number, waitMs: number): Promise<TaskOutcome> {
    const deadline = Date.now() + waitMs;
    for (let polls = 0; ; polls++) {
      const task: Task = await this.call((meili) => meili.tasks.getTask(taskUid));
      if (task.status === 'succeeded') return { status: 'succeeded', task };
      if (task.status !== 'enqueued' && task.status !== 'processing') {
        throw new SearchTaskFailedError(taskUid, task.error?.message ?? task.status, task.error?.code);
      }
      const pause = TASK_POLL_MS[polls] ?? TASK_POLL_MAX_MS;
      if (Date.now() + pause > deadline) return { status: 'pending', taskUid };
      await sleep(pause);
    }
  }

  private async settle(enqueue: (meili: Meilisearch) => EnqueuedTaskPromise, what: string): Promise<Task> {
    const outcome = await this.outcome(enqueue, 120_000);
    if (outcome.status === 'pending')
      throw new Error(`Meilisearch ${this.name} did not finish "${what}" (task ${outcome.taskUid}) in time`);
    return outcome.task;
  }

  /**
   * A task that failed is an error (with Meilisearch's reason); one still
   * running when our wait ends is "pending", not a failure: it may yet succeed.
   */
  private async outcome(enqueue: (meili: Meilisearch) => EnqueuedTaskPromise, waitMs = 10_000): Promise<TaskOutcome> {
    const { taskUid } = await this.call(async (meili) => await enqueue(meili));
    return this.taskOutcome(taskUid, waitMs);
  }
}

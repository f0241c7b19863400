import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { type MultiSearchQuery, type SearchParams, type SearchResponse, type Settings, type Task } from 'meilisearch';
import { AppConfig } from '../config/app-config';
import { MEILI_REPLICAS, type MeiliReplica } from './meilisearch.client';
import { ReplicaEngine } from './replica-engine';
import { ReplicaStatus } from './replica-status';
import { SearchUnavailableError } from './search.errors';

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
 * The one place that talks to Meilisearch. Features describe their indexes and
 * documents; this service creates indexes, applies settings, searches and
 * rebuilds — on every replica MEILI_URL lists. Searches go to one healthy
 * replica (round robin; the next one when a replica does not answer); index
 * definitions and rebuilds are applied to each. The outbox writes each replica
 * through `replicas()` (see OutboxProcessor).
 */
@Injectable()
export class SearchEngineService {
  private readonly logger = new Logger(SearchEngineService.name);
  private readonly prefix: string;
  private readonly fixedUids: Record<string, string>;
  private readonly engines: ReplicaEngine[];
  private turn = 0;

  constructor(
    @Inject(MEILI_REPLICAS) replicas: MeiliReplica[],
    config: ConfigService<AppConfig, true>,
    readonly status: ReplicaStatus = new ReplicaStatus(),
  ) {
    this.prefix = config.get('meiliIndexPrefix', { infer: true });
    this.fixedUids = config.get('meiliIndexUids', { infer: true });
    this.engines = replicas.map((replica) => new ReplicaEngine(replica, status));
  }

  uid(name: string): string {
    return this.fixedUids[name] ?? `${this.prefix}${name}`;
  }

  /** Every replica, in MEILI_URL's order. */
  replicas(): ReplicaEngine[] {
    return this.engines;
  }

  /** Creates the index on every replica if missing and applies its declared settings when they differ. */
  async ensureIndex(definition: IndexDefinition, uid = this.uid(definition.name)): Promise<void> {
    await this.onEvery((replica) => replica.ensureIndex(definition, uid));
  }

  async search<T extends Record<string, unknown>>(name: string, query: string, params: SearchParams): Promise<SearchResponse<T>> {
    const uid = this.uid(name);
    return this.read((replica) => replica.call((meili) => meili.index<T>(uid).search(query, params)));
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
    const { results } = await this.read((replica) =>
      replica.call((meili) =>
        meili.multiSearch<{ queries: MultiSearchQuery[] }, T>({ queries: queries.map((query) => ({ ...query, indexUid })) }),
      ),
    );
    return results;
  }

  /** The fewest documents any replica holds in the index (so one replica that lags shows). */
  async documentCount(name: string): Promise<number> {
    const counts = await this.onEvery((replica) => replica.documentCount(this.uid(name)));
    return Math.min(...counts);
  }

  /**
   * Every document id of an index (by logical name), per replica in MEILI_URL's order (for search:verify,
   * which compares each with PostgreSQL: one replica that lags shows).
   */
  documentIdsPerReplica(name: string, primaryKey: string): Promise<string[][]> {
    return this.onEvery((replica) => replica.documentIds(this.uid(name), primaryKey));
  }

  /**
   * Builds a fresh copy of the index from `batches` on every replica, then swaps
   * it in: searches keep answering from the old index until the new one is complete.
   */
  async rebuild(definition: IndexDefinition, batches: AsyncIterable<object[]>): Promise<number> {
    const live = this.uid(definition.name);
    const next = `${live}__rebuild`;
    await this.onEvery((replica) => replica.prepareRebuild(definition, live, next));
    let count = 0;
    const tasks: [ReplicaEngine, number][] = [];
    // Batches are queued without waiting for each other (Meilisearch folds queued tasks into large batches).
    for await (const batch of batches) {
      if (!batch.length) continue;
      for (const replica of this.engines) tasks.push([replica, await replica.enqueueInto(next, batch, definition.primaryKey)]);
      count += batch.length;
    }
    for (const [replica, taskUid] of tasks) {
      const outcome = await replica.taskOutcome(taskUid, 600_000);
      if (outcome.status === 'pending') throw new Error(`Meilisearch ${replica.name} did not finish rebuild batch task ${taskUid} in time`);
    }
    await this.onEvery((replica) => replica.swapIn(live, next));
    this.logger.log(`Swapped a rebuilt ${live} in`);
    await this.onEvery((replica) => replica.dropIndex(next));
    return count;
  }

  /** Runs `work` on every replica at once; the first failure is thrown after all have finished. */
  async onEvery<T>(work: (replica: ReplicaEngine) => Promise<T>): Promise<T[]> {
    const outcomes = await Promise.allSettled(this.engines.map(work));
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed) throw failed.reason;
    return outcomes.map((o) => (o as PromiseFulfilledResult<T>).value);
  }

  /**
   * A read from one replica: the healthy ones in turn (round robin spreads the
   * load), the ones known down last. A replica that does not answer is skipped
   * for the next; only when none answers does the read fail.
   */
  private async read<T>(request: (replica: ReplicaEngine) => Promise<T>): Promise<T> {
    const start = this.turn++ % this.engines.length;
    const rotated = [...this.engines.slice(start), ...this.engines.slice(0, start)];
    const order = [
      ...rotated.filter((r) => this.status.state(r.url) !== 'down'),
      ...rotated.filter((r) => this.status.state(r.url) === 'down'),
    ];
    let last: SearchUnavailableError | null = null;
    for (const replica of order) {
      try {
        return await request(replica);
      } catch (error) {
        if (!(error instanceof SearchUnavailableError)) throw error;
        last = error;
      }
    }
    throw last ?? new SearchUnavailableError('no Meilisearch replica configured');
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { SearchEngineService } from '../search-engine.service';
import { IndexRegistry } from './index-registry';
import { IndexedResource } from './indexed-resource';
import { OutboxProcessor } from './outbox-processor';
import { OutboxRepository } from './outbox.repository';
import type { ReindexResult } from './reindex.view';

const REBUILD_BATCH = 1_000;

export type { ReindexResult };

/**
 * Rebuilds indexes from Postgres into fresh indexes and swaps them in, so
 * search never goes empty. While a rebuild runs, the outbox workers write
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
      const next = await this.engine.prepareRebuild(resource.definition);
      await this.outbox.startRebuild(name, next);
      try {
        results[name] = await this.fill(resource, next);
        await this.engine.swapIn(resource.definition, next);
      } finally {
        await this.outbox.finishRebuild(name);
      }
      // Only after workers stopped writing to it: the old copy now lives under `next`.
      await this.engine.dropIndex(next);
      this.logger.log(`Reindexed ${name}: ${JSON.stringify(results[name])}`);
    }
    return results;
  }

  /** One bad document must not stop a rebuild: batches are split around it and it is recorded. */
  private async fill(resource: IndexedResource, uid: string): Promise<ReindexResult> {
    const { name, primaryKey } = resource.definition;
    const result: ReindexResult = { documents: 0, rejected: 0 };
    for await (const batch of resource.allDocuments(REBUILD_BATCH)) {
      const keyed = batch.map((doc) => [String((doc as Record<string, unknown>)[primaryKey]), doc] as [string, object]);
      for (const [id, verdict] of await this.processor.upsertIsolating(uid, primaryKey, keyed)) {
        if (verdict.kind !== 'rejected') {
          result.documents++;
          continue;
        }
        result.rejected++;
        await this.outbox.recordFailure(null, { resource: name, entityId: id, reason: verdict.reason, meiliCode: verdict.code, attempts: 0, gaveUp: false });
      }
    }
    return result;
  }
}

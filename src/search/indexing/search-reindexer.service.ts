import { Injectable, Logger } from '@nestjs/common';
import { SearchEngine } from '../search-engine.service';
import { IndexRegistry } from './index-registry';
import { OutboxRepository } from './outbox.repository';

const REBUILD_BATCH = 1_000;

/**
 * Rebuilds indexes from Postgres into fresh indexes and swaps them in, so
 * search never goes empty. While a rebuild runs, the outbox workers write
 * every change to both indexes (see search_rebuilds), so nothing changed
 * during the rebuild is missing after the swap.
 */
@Injectable()
export class SearchReindexer {
  private readonly logger = new Logger(SearchReindexer.name);

  constructor(
    private readonly registry: IndexRegistry,
    private readonly engine: SearchEngine,
    private readonly outbox: OutboxRepository,
  ) {}

  resourceNames(): string[] {
    return this.registry.all().map((r) => r.definition.name);
  }

  /** Rebuilds every index (or the named ones); returns the document count per index. */
  async reindex(names: string[] = this.resourceNames()): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const name of names) {
      const resource = this.registry.get(name);
      const next = await this.engine.prepareRebuild(resource.definition);
      await this.outbox.startRebuild(name, next);
      try {
        counts[name] = await this.engine.fillRebuild(resource.definition, next, resource.allDocuments(REBUILD_BATCH));
        await this.engine.swapIn(resource.definition, next);
      } finally {
        await this.outbox.finishRebuild(name);
      }
      // Only after workers stopped writing to it: the old copy now lives under `next`.
      await this.engine.dropIndex(next);
      this.logger.log(`Reindexed ${name}: ${counts[name]} documents`);
    }
    return counts;
  }
}

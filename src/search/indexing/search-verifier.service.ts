import { Injectable } from '@nestjs/common';
import { SearchEngineService } from '../search-engine.service';
import { IndexRegistry } from './index-registry';
import { REBUILD_BATCH } from './search-reindexer.service';
import type { VerifyResult } from './verify.view';

/** At most this many ids of each kind are listed per index; the counts are always complete. */
export const VERIFY_MAX_LISTED_IDS = 1_000;

/**
 * Compares, per index, the ids PostgreSQL says belong in it (what a rebuild
 * would write: the resource's allDocuments) with the ids the index holds.
 * Read-only: repairing is `search:reindex`'s job (or the outbox's, for changes
 * still in flight — so run it on a quiet system, or expect in-flight ids).
 */
@Injectable()
export class SearchVerifierService {
  constructor(
    private readonly registry: IndexRegistry,
    private readonly engine: SearchEngineService,
  ) {}

  resourceNames(): string[] {
    return this.registry.all().map((r) => r.definition.name);
  }

  async verify(names: string[] = this.resourceNames()): Promise<Record<string, VerifyResult>> {
    const results: Record<string, VerifyResult> = {};
    for (const name of names) results[name] = await this.verifyOne(name);
    return results;
  }

  private async verifyOne(name: string): Promise<VerifyResult> {
    const resource = this.registry.get(name);
    const { primaryKey } = resource.definition;
    const expected = new Set<string>();
    for await (const batch of resource.allDocuments(REBUILD_BATCH)) {
      for (const doc of batch) expected.add(String((doc as Record<string, unknown>)[primaryKey]));
    }
    // Every replica is compared: an id missing on any one is missing, one found on any one unexpected.
    const replicas = (await this.engine.documentIdsPerReplica(name, primaryKey)).map((ids) => new Set(ids));
    const missing = [...expected].filter((id) => replicas.some((indexed) => !indexed.has(id))).sort();
    const unexpected = [...new Set(replicas.flatMap((indexed) => [...indexed].filter((id) => !expected.has(id))))].sort();
    return {
      inSync: missing.length === 0 && unexpected.length === 0,
      expectedCount: expected.size,
      indexedCount: Math.min(...replicas.map((indexed) => indexed.size)),
      missingCount: missing.length,
      unexpectedCount: unexpected.length,
      missing: missing.slice(0, VERIFY_MAX_LISTED_IDS),
      unexpected: unexpected.slice(0, VERIFY_MAX_LISTED_IDS),
    };
  }
}

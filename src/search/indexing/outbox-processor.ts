import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { HookRegistry } from '../../common/hooks/hook.registry';
import { SearchEngineService } from '../search-engine.service';
import { SearchTaskFailedError, SearchUnavailableError } from '../search.errors';
import { IndexRegistry } from './index-registry';
import { ClaimedEntry, OutboxRepository } from './outbox.repository';
import { AfterIndexing, SEARCH_INDEXED } from './search-indexed.hook';

/** Document rejections are retried this often before the pipeline gives up (the failure record stays). */
export const MAX_ATTEMPTS = 6;
/** How long one Meilisearch task is awaited before the rows are re-checked later (not a failure). */
const TASK_WAIT_MS = 15_000;
/** A task still queued after the wait: look again soon, without counting an attempt. */
const PENDING_RECHECK_MS = 2_000;

/** 1 s, 2 s, 4 s … capped at 5 minutes. */
export const backoffMs = (attempts: number) => Math.min(1_000 * 2 ** attempts, 300_000);

export type Verdict = { kind: 'done' } | { kind: 'pending' } | { kind: 'rejected'; reason: string; code: string | null };

/**
 * Takes claimed outbox rows, re-reads the current documents from the feature
 * (so the newest state wins, whatever order the changes came in), sends
 * upserts and deletes in batches, waits for Meilisearch's verdict, and splits
 * a rejected batch until the one bad document is isolated and recorded.
 */
@Injectable()
export class OutboxProcessor {
  private readonly logger = new Logger(OutboxProcessor.name);

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly registry: IndexRegistry,
    private readonly engine: SearchEngineService,
    private readonly hooks: HookRegistry,
  ) {}

  /** Handles up to `limit` due rows; returns how many rows it claimed. */
  async processDue(limit: number): Promise<number> {
    const { result, after } = await this.withAfterIndexing((work) =>
      this.outbox.withClaim({ limit }, async (entries, manager) => {
        await this.handle(entries, manager, work);
        return entries.length;
      }),
    );
    this.start(after);
    return result;
  }

  /** Handles the rows of these entities now, due or not; true when all reached Meilisearch. */
  async processEntities(resource: string, ids: string[]): Promise<boolean> {
    const { result, after } = await this.withAfterIndexing((work) =>
      this.outbox.withClaim({ limit: 10_000, only: { resource, ids } }, async (entries, manager) => {
        const verdicts = await this.handle(entries, manager, work);
        return [...verdicts.values()].every((v) => v.kind === 'done');
      }),
    );
    this.start(after);
    return result;
  }

  /** Runs `claim` collecting the SEARCH_INDEXED handlers' after-commit work (dropped when the claim fails). */
  private async withAfterIndexing<T>(claim: (work: AfterIndexing[]) => Promise<T>): Promise<{ result: T; after: AfterIndexing[] }> {
    const after: AfterIndexing[] = [];
    const result = await claim(after);
    return { result, after };
  }

  /** Starts the handlers' after-commit work without waiting for it (indexing does not wait on alerts). */
  private start(work: AfterIndexing[]): void {
    for (const step of work) {
      step().catch((error: Error) => this.logger.error(`After-indexing work failed: ${error.message}`));
    }
  }

  async removeNow(resource: string, ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.registry.ensureReady(resource);
    for (const uid of await this.targets(null, resource)) {
      const outcome = await this.engine.removeFrom(uid, ids, TASK_WAIT_MS);
      if (outcome.status === 'pending') throw new SearchUnavailableError(`removal task ${outcome.taskUid} is still queued`);
    }
  }

  private async handle(entries: ClaimedEntry[], manager: EntityManager, afterCommit: AfterIndexing[]): Promise<Map<string, Verdict>> {
    const verdicts = new Map<string, Verdict>();
    for (const [resource, group] of groupBy(entries, (e) => e.resource)) {
      const ids = [...new Set(group.map((e) => e.entityId))];
      let upserted: string[];
      try {
        const synced = await this.sync(manager, resource, ids);
        for (const [id, verdict] of synced.verdicts) verdicts.set(`${resource}:${id}`, verdict);
        upserted = synced.upserted.filter((id) => synced.verdicts.get(id)?.kind === 'done');
      } catch (error) {
        // Meilisearch unreachable (or the feature failed to read): nothing is lost, the rows wait and are retried.
        const message = (error as Error).message;
        if (!(error instanceof SearchUnavailableError)) this.logger.error(`Indexing ${resource} failed: ${message}`);
        const attempts = Math.max(...group.map((e) => e.attempts));
        await this.outbox.reschedule(
          manager,
          group.map((e) => e.id),
          backoffMs(attempts),
          message,
          true,
        );
        for (const id of ids) verdicts.set(`${resource}:${id}`, { kind: 'pending' });
        continue;
      }
      await this.settle(manager, resource, group, verdicts);
      if (upserted.length) await this.announce(manager, resource, upserted, afterCommit);
    }
    return verdicts;
  }

  /** Tells the SEARCH_INDEXED handlers what became findable (or changed), in this transaction. */
  private async announce(manager: EntityManager, resource: string, ids: string[], afterCommit: AfterIndexing[]): Promise<void> {
    for (const handler of this.hooks.handlersOf(SEARCH_INDEXED)) {
      const work = await handler.documentsIndexed(manager, resource, ids);
      if (work) afterCommit.push(work);
    }
  }

  /** Applies each entity's verdict to its outbox rows. */
  private async settle(manager: EntityManager, resource: string, group: ClaimedEntry[], verdicts: Map<string, Verdict>): Promise<void> {
    const done: string[] = [];
    const pending: string[] = [];
    for (const entry of group) {
      const verdict = verdicts.get(`${resource}:${entry.entityId}`)!;
      if (verdict.kind === 'done') done.push(entry.id);
      else if (verdict.kind === 'pending') pending.push(entry.id);
      else {
        const attempts = entry.attempts + 1;
        const gaveUp = attempts >= MAX_ATTEMPTS;
        await this.outbox.recordFailure(manager, {
          resource,
          entityId: entry.entityId,
          reason: verdict.reason,
          meiliCode: verdict.code,
          attempts,
          gaveUp,
        });
        if (gaveUp) {
          this.logger.error(`Gave up indexing ${resource} ${entry.entityId} after ${attempts} attempts: ${verdict.reason}`);
          done.push(entry.id);
        } else {
          await this.outbox.reschedule(manager, [entry.id], backoffMs(attempts), verdict.reason, true);
        }
      }
    }
    await this.outbox.deleteEntries(manager, done);
    await this.outbox.reschedule(manager, pending, PENDING_RECHECK_MS, null, false);
  }

  private async sync(
    manager: EntityManager,
    resource: string,
    ids: string[],
  ): Promise<{ verdicts: Map<string, Verdict>; upserted: string[] }> {
    await this.registry.ensureReady(resource);
    const indexed = this.registry.get(resource);
    const documents = await indexed.documentsFor(ids);
    const deletes = ids.filter((id) => !documents.has(id));
    const verdicts = new Map<string, Verdict>();
    for (const uid of await this.targets(manager, resource)) {
      const upserts = [...documents.entries()].filter(([id]) => worse(verdicts.get(id)) === false);
      for (const [id, verdict] of await this.upsertIsolating(uid, indexed.definition.primaryKey, upserts)) {
        verdicts.set(id, pick(verdicts.get(id), verdict));
      }
      if (deletes.length) {
        const outcome = await this.engine.removeFrom(uid, deletes, TASK_WAIT_MS);
        for (const id of deletes)
          verdicts.set(id, pick(verdicts.get(id), outcome.status === 'pending' ? { kind: 'pending' } : { kind: 'done' }));
      }
    }
    return { verdicts, upserted: [...documents.keys()] };
  }

  /** Sends a batch; when Meilisearch rejects it, halves it until the bad documents are isolated. */
  async upsertIsolating(uid: string, primaryKey: string, batch: [string, object][]): Promise<Map<string, Verdict>> {
    const verdicts = new Map<string, Verdict>();
    if (!batch.length) return verdicts;
    try {
      const outcome = await this.engine.upsertInto(
        uid,
        batch.map(([, doc]) => doc),
        primaryKey,
        TASK_WAIT_MS,
      );
      for (const [id] of batch) verdicts.set(id, outcome.status === 'pending' ? { kind: 'pending' } : { kind: 'done' });
    } catch (error) {
      if (!(error instanceof SearchTaskFailedError)) throw error;
      if (batch.length === 1) {
        verdicts.set(batch[0][0], { kind: 'rejected', reason: error.reason, code: error.meiliCode ?? null });
        return verdicts;
      }
      const half = Math.ceil(batch.length / 2);
      for (const part of [batch.slice(0, half), batch.slice(half)]) {
        for (const [id, verdict] of await this.upsertIsolating(uid, primaryKey, part)) verdicts.set(id, verdict);
      }
    }
    return verdicts;
  }

  /** The live index, plus the one a running rebuild is filling (so the swap loses nothing). */
  private async targets(manager: EntityManager | null, resource: string): Promise<string[]> {
    const live = this.engine.uid(this.registry.get(resource).definition.name);
    const rebuilding = await this.outbox.rebuildTarget(manager, resource);
    return rebuilding ? [live, rebuilding] : [live];
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** True when the verdict already says the document is not done (no point sending it to the next index). */
const worse = (v: Verdict | undefined) => v !== undefined && v.kind === 'rejected';

/** The weaker of two verdicts for the same document across target indexes. */
function pick(previous: Verdict | undefined, next: Verdict): Verdict {
  if (!previous || previous.kind === 'done') return next;
  if (previous.kind === 'rejected') return previous;
  return next.kind === 'rejected' ? next : previous;
}

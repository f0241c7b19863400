import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { HookRegistry } from '../../common/hooks/hook.registry';
import type { ReplicaEngine } from '../replica-engine';
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
  /** Replicas that answered again after being down, whose retry rows are still to be made due. */
  private readonly recovered = new Set<string>();

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly registry: IndexRegistry,
    private readonly engine: SearchEngineService,
    private readonly hooks: HookRegistry,
  ) {
    this.engine.status.onRecovered((url) => this.recovered.add(url));
  }

  /** Handles up to `limit` due rows; returns how many rows it claimed. */
  async processDue(limit: number): Promise<number> {
    await this.probeReplicas();
    const { result, after } = await this.withAfterIndexing((work) =>
      this.outbox.withClaim({ limit }, async (entries, manager) => {
        await this.handle(entries, manager, work);
        return entries.length;
      }),
    );
    this.start(after);
    await this.expediteRecovered();
    return result;
  }

  /**
   * Handles the rows of these entities now, due or not; true when all reached Meilisearch — at least one
   * replica: a replica that did not answer gets a retry row of its own.
   */
  async processEntities(resource: string, ids: string[]): Promise<boolean> {
    const { result, after } = await this.withAfterIndexing((work) =>
      this.outbox.withClaim({ limit: 10_000, only: { resource, ids } }, async (entries, manager) => {
        const verdicts = await this.handle(entries, manager, work);
        return [...verdicts.values()].every((v) => v.kind === 'done');
      }),
    );
    this.start(after);
    await this.expediteRecovered();
    return result;
  }

  /** Asks the replicas known down whose pause is over whether they are back (so their retry rows need not wait). */
  private async probeReplicas(): Promise<void> {
    await Promise.all(this.engine.replicas().map((replica) => replica.reachable()));
  }

  /** The retry rows of replicas that answered again since the last look are made due now. */
  private async expediteRecovered(): Promise<void> {
    if (!this.recovered.size) return;
    const urls = [...this.recovered];
    this.recovered.clear();
    await this.outbox.expedite(urls);
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

  /**
   * Removes documents from every replica now; throws only when no replica took the removal (the outbox row
   * written with the deletion reaches the others, with a retry row for each that did not answer).
   */
  async removeNow(resource: string, ids: string[]): Promise<void> {
    if (!ids.length) return;
    const rebuilding = await this.outbox.rebuildTarget(null, resource);
    const outcomes = await Promise.allSettled(
      this.engine.replicas().map(async (replica) => {
        if (!(await replica.reachable())) throw new SearchUnavailableError(`${replica.name} is down`);
        await this.registry.ensureReady(resource, replica);
        for (const uid of this.targets(resource, rebuilding)) {
          const outcome = await replica.removeFrom(uid, ids, TASK_WAIT_MS);
          if (outcome.status === 'pending') throw new SearchUnavailableError(`removal task ${outcome.taskUid} is still queued`);
        }
      }),
    );
    if (outcomes.some((o) => o.status === 'fulfilled')) return;
    throw (outcomes[0] as PromiseRejectedResult).reason;
  }

  private async handle(entries: ClaimedEntry[], manager: EntityManager, afterCommit: AfterIndexing[]): Promise<Map<string, Verdict>> {
    const verdicts = new Map<string, Verdict>();
    const replicas = this.engine.replicas();
    const configured = new Set(replicas.map((r) => r.url));
    // Retry rows of a replica no longer configured have nowhere to go.
    const orphans = entries.filter((e) => e.replica !== null && !configured.has(e.replica));
    await this.outbox.deleteEntries(
      manager,
      orphans.map((e) => e.id),
    );
    const live = entries.filter((e) => e.replica === null || configured.has(e.replica));
    for (const [resource, group] of groupBy(live, (e) => e.resource)) {
      const ids = [...new Set(group.map((e) => e.entityId))];
      let read: { documents: Map<string, object>; rebuilding: string | null };
      try {
        const documents = await this.registry.get(resource).documentsFor(ids);
        read = { documents, rebuilding: await this.outbox.rebuildTarget(manager, resource) };
      } catch (error) {
        // The feature failed to read: nothing is lost, the rows wait and are retried.
        const message = (error as Error).message;
        this.logger.error(`Indexing ${resource} failed: ${message}`);
        await this.outbox.reschedule(
          manager,
          group.map((e) => e.id),
          backoffMs(Math.max(...group.map((e) => e.attempts))),
          message,
          true,
        );
        for (const id of ids) verdicts.set(`${resource}:${id}`, { kind: 'pending' });
        continue;
      }
      // Each replica gets the entities that have a row for it (or for every replica); replicas are written at once.
      const results = new Map<string, ReplicaResult>();
      await Promise.all(
        replicas.map(async (replica) => {
          const wanted = [...new Set(group.filter((e) => e.replica === null || e.replica === replica.url).map((e) => e.entityId))];
          if (!wanted.length) return;
          results.set(replica.url, await this.syncReplica(replica, resource, wanted, read.documents, read.rebuilding));
        }),
      );
      // An entity reached search when at least one replica took it.
      for (const id of ids) {
        const verdict = combine([...results.values()], id);
        verdicts.set(`${resource}:${id}`, verdict ?? { kind: 'pending' });
      }
      await this.settle(manager, resource, group, results);
      // Announced once per change (a row for every replica), not again when a retry reaches one more replica.
      const changed = new Set(group.filter((e) => e.replica === null).map((e) => e.entityId));
      const upserted = [...read.documents.keys()].filter((id) => changed.has(id) && verdicts.get(`${resource}:${id}`)?.kind === 'done');
      if (upserted.length) await this.announce(manager, resource, upserted, afterCommit);
    }
    return verdicts;
  }

  /** Writes the current state of `ids` to one replica (its live index and a rebuild's); a replica that does not answer fails as a whole. */
  private async syncReplica(
    replica: ReplicaEngine,
    resource: string,
    ids: string[],
    documents: Map<string, object>,
    rebuilding: string | null,
  ): Promise<ReplicaResult> {
    try {
      if (!(await replica.reachable())) throw new SearchUnavailableError(`${replica.name} is down`);
      await this.registry.ensureReady(resource, replica);
      const { primaryKey } = this.registry.get(resource).definition;
      const upserts = ids.filter((id) => documents.has(id)).map((id): [string, object] => [id, documents.get(id)!]);
      const deletes = ids.filter((id) => !documents.has(id));
      const verdicts = new Map<string, Verdict>();
      for (const uid of this.targets(resource, rebuilding)) {
        const pending = upserts.filter(([id]) => worse(verdicts.get(id)) === false);
        for (const [id, verdict] of await this.upsertIsolating(replica, uid, primaryKey, pending)) {
          verdicts.set(id, pick(verdicts.get(id), verdict));
        }
        if (deletes.length) {
          const outcome = await replica.removeFrom(uid, deletes, TASK_WAIT_MS);
          for (const id of deletes)
            verdicts.set(id, pick(verdicts.get(id), outcome.status === 'pending' ? { kind: 'pending' } : { kind: 'done' }));
        }
      }
      return { kind: 'sent', verdicts };
    } catch (error) {
      // Meilisearch unreachable (or refusing something other than a document): that replica's rows wait and are retried.
      const message = (error as Error).message;
      if (!(error instanceof SearchUnavailableError)) this.logger.error(`Indexing ${resource} on ${replica.name} failed: ${message}`);
      return { kind: 'failed', message };
    }
  }

  /** Tells the SEARCH_INDEXED handlers what became findable (or changed), in this transaction. */
  private async announce(manager: EntityManager, resource: string, ids: string[], afterCommit: AfterIndexing[]): Promise<void> {
    for (const handler of this.hooks.handlersOf(SEARCH_INDEXED)) {
      const work = await handler.documentsIndexed(manager, resource, ids);
      if (work) afterCommit.push(work);
    }
  }

  /**
   * Applies the outcome to each outbox row. A row no target replica took waits with a back-off (as with
   * one server down); a row for every replica that some replicas took is settled by their verdict, and
   * each replica that did not answer gets a retry row of its own.
   */
  private async settle(
    manager: EntityManager,
    resource: string,
    group: ClaimedEntry[],
    results: Map<string, ReplicaResult>,
  ): Promise<void> {
    const done: string[] = [];
    const pending: string[] = [];
    for (const entry of group) {
      const targets = entry.replica === null ? [...results.entries()] : [[entry.replica, results.get(entry.replica)!] as const];
      const failed = targets.filter(([, r]) => r.kind === 'failed') as [string, Extract<ReplicaResult, { kind: 'failed' }>][];
      const verdict = combine(
        targets.map(([, r]) => r),
        entry.entityId,
      );
      if (!verdict) {
        await this.outbox.reschedule(manager, [entry.id], backoffMs(entry.attempts), failed[0]?.[1].message ?? null, true);
        continue;
      }
      for (const [replica, result] of failed) {
        await this.outbox.insertRetry(manager, {
          resource,
          entityId: entry.entityId,
          replica,
          attempts: entry.attempts + 1,
          delayMs: backoffMs(entry.attempts),
          error: result.message,
        });
      }
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

  /** Sends a batch; when Meilisearch rejects it, halves it until the bad documents are isolated. */
  async upsertIsolating(replica: ReplicaEngine, uid: string, primaryKey: string, batch: [string, object][]): Promise<Map<string, Verdict>> {
    const verdicts = new Map<string, Verdict>();
    if (!batch.length) return verdicts;
    try {
      const outcome = await replica.upsertInto(
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
        for (const [id, verdict] of await this.upsertIsolating(replica, uid, primaryKey, part)) verdicts.set(id, verdict);
      }
    }
    return verdicts;
  }

  /** The live index, plus the one a running rebuild is filling (so the swap loses nothing); the same uids on every replica. */
  private targets(resource: string, rebuilding: string | null): string[] {
    const live = this.engine.uid(this.registry.get(resource).definition.name);
    return rebuilding ? [live, rebuilding] : [live];
  }
}

/** What one replica made of a batch: a verdict per entity sent, or a failure of the whole replica. */
type ReplicaResult = { kind: 'sent'; verdicts: Map<string, Verdict> } | { kind: 'failed'; message: string };

/** The weakest verdict over the replicas that took the entity; undefined when none did (all failed). */
function combine(results: ReplicaResult[], id: string): Verdict | undefined {
  let verdict: Verdict | undefined;
  for (const result of results) {
    if (result.kind !== 'sent') continue;
    const own = result.verdicts.get(id);
    if (own) verdict = verdict ? pick(verdict, own) : own;
  }
  return verdict;
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

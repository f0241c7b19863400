import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** The channel the search_outbox trigger notifies when outbox rows commit (migration NotifySearchOutbox). */
export const OUTBOX_CHANNEL = 'search_outbox';

export interface ClaimedEntry {
  id: string;
  resource: string;
  entityId: string;
  /** The replica (URL) this row is for; null: every replica. */
  replica: string | null;
  attempts: number;
}

export interface ClaimFilter {
  limit: number;
  /** Only rows of these entities, due or not (immediate sync after a write). */
  only?: { resource: string; ids: string[] };
}

export interface FailureRecord {
  resource: string;
  entityId: string;
  reason: string;
  meiliCode: string | null;
  attempts: number;
  gaveUp: boolean;
}

/** Queries over the search outbox, its failure records and running rebuilds. */
@Injectable()
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, resource: string, ids: string[]): Promise<void> {
    const unique = [...new Set(ids)];
    if (!unique.length) return;
    await manager.query(`INSERT INTO search_outbox (resource, entity_id) SELECT $1, unnest($2::text[])`, [resource, unique]);
  }

  /**
   * Runs `work` in one transaction over claimed rows. Rows are claimed with
   * FOR UPDATE SKIP LOCKED, so several workers (and app instances) share the
   * queue without waiting on each other; then each entity is locked with a
   * transaction-scoped advisory lock, so no two workers ever read and send the
   * same entity at once — an older read can never overtake a newer one.
   * Rows of entities another worker holds are left for later.
   */
  async withClaim<T>(filter: ClaimFilter, work: (entries: ClaimedEntry[], manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      // An immediate sync (only) waits for a worker that holds these rows instead of skipping them:
      // once that worker commits, its rows are gone and its send (made after our commit) is applied.
      const wait = Boolean(filter.only);
      const params: unknown[] = [filter.limit];
      let where = 'next_attempt_at <= now()';
      if (filter.only) {
        params.push(filter.only.resource, filter.only.ids);
        where = 'resource = $2 AND entity_id = ANY($3::text[])';
      }
      const rows: ClaimedEntry[] = await manager.query(
        `SELECT id::text AS id, resource, entity_id AS "entityId", replica, attempts
           FROM search_outbox WHERE ${where}
          ORDER BY id LIMIT $1 FOR UPDATE ${wait ? '' : 'SKIP LOCKED'}`,
        params,
      );
      if (!rows.length) return work([], manager);
      const keys = [...new Set(rows.map(entityKey))].sort();
      if (wait) {
        // Sorted, so two immediate syncs of overlapping entities cannot deadlock; workers never wait.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended(key, 0)) FROM unnest($1::text[]) AS key`, [keys]);
        return work(rows, manager);
      }
      const locks: { key: string; locked: boolean }[] = await manager.query(
        `SELECT key, pg_try_advisory_xact_lock(hashtextextended(key, 0)) AS locked FROM unnest($1::text[]) AS key`,
        [keys],
      );
      const held = new Set(locks.filter((l) => l.locked).map((l) => l.key));
      return work(
        rows.filter((r) => held.has(entityKey(r))),
        manager,
      );
    });
  }

  /** Drops every pending change and recorded failure of these entities (their data is being erased). */
  async forgetEntities(manager: EntityManager, resource: string, entityIds: string[]): Promise<void> {
    if (!entityIds.length) return;
    await manager.query(`DELETE FROM search_outbox WHERE resource = $1 AND entity_id = ANY($2::text[])`, [resource, entityIds]);
    await manager.query(`DELETE FROM search_index_failures WHERE resource = $1 AND entity_id = ANY($2::text[])`, [resource, entityIds]);
  }

  async deleteEntries(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length) await manager.query(`DELETE FROM search_outbox WHERE id = ANY($1::bigint[])`, [ids]);
  }

  /**
   * A change that did not reach one replica: retried for that replica only, after `delayMs`. One such row per
   * entity and replica is enough (it re-reads the current state when it runs), so none is added when one waits.
   */
  async insertRetry(
    manager: EntityManager,
    row: { resource: string; entityId: string; replica: string; attempts: number; delayMs: number; error: string },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO search_outbox (resource, entity_id, replica, attempts, next_attempt_at, last_error)
       SELECT $1::varchar, $2::varchar, $3::varchar, $4::integer, clock_timestamp() + make_interval(secs => $5::double precision / 1000), $6::text
        WHERE NOT EXISTS (SELECT 1 FROM search_outbox WHERE resource = $1::varchar AND entity_id = $2::varchar AND replica = $3::varchar)`,
      [row.resource, row.entityId, row.replica, row.attempts, row.delayMs, row.error],
    );
  }

  /** A replica that was down answers again: its retry rows are due now instead of after their back-off. */
  async expedite(replicas: string[]): Promise<void> {
    if (!replicas.length) return;
    await this.dataSource.query(
      `UPDATE search_outbox SET next_attempt_at = now() WHERE replica = ANY($1::text[]) AND next_attempt_at > now()`,
      [replicas],
    );
  }

  /**
   * Tries again later: `delayMs` from the moment of this call — clock_timestamp(),
   * not now(), which is the start of a transaction that may have spent seconds
   * waiting on Meilisearch. Counts an attempt when `countAttempt`.
   */
  async reschedule(manager: EntityManager, ids: string[], delayMs: number, error: string | null, countAttempt: boolean): Promise<void> {
    if (!ids.length) return;
    await manager.query(
      `UPDATE search_outbox
          SET next_attempt_at = clock_timestamp() + make_interval(secs => $2::double precision / 1000),
              attempts = attempts + $3, last_error = COALESCE($4, last_error)
        WHERE id = ANY($1::bigint[])`,
      [ids, delayMs, countAttempt ? 1 : 0, error],
    );
  }

  async recordFailure(manager: EntityManager | null, failure: FailureRecord): Promise<void> {
    await (manager ?? this.dataSource).query(
      `INSERT INTO search_index_failures (resource, entity_id, reason, meili_code, attempts, gave_up, failed_at)
       VALUES ($1, $2, $3, $4, $5, $6, clock_timestamp())`,
      [failure.resource, failure.entityId, failure.reason.slice(0, 2000), failure.meiliCode, failure.attempts, failure.gaveUp],
    );
  }

  /** The index a running rebuild of `resource` is filling, if any. */
  async rebuildTarget(manager: EntityManager | null, resource: string): Promise<string | null> {
    const rows: { targetUid: string }[] = await (manager ?? this.dataSource).query(
      `SELECT target_uid AS "targetUid" FROM search_rebuilds WHERE resource = $1`,
      [resource],
    );
    return rows[0]?.targetUid ?? null;
  }

  async startRebuild(resource: string, targetUid: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO search_rebuilds (resource, target_uid) VALUES ($1, $2)
       ON CONFLICT (resource) DO UPDATE SET target_uid = EXCLUDED.target_uid, started_at = now()`,
      [resource, targetUid],
    );
  }

  async finishRebuild(resource: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM search_rebuilds WHERE resource = $1`, [resource]);
  }
}

const entityKey = (e: { resource: string; entityId: string }) => `search:${e.resource}:${e.entityId}`;

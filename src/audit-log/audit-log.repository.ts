import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLogEntryEntity } from './entities/audit-log-entry.entity';

export interface NewAuditEntry {
  actorId: string | null;
  actorRole: string;
  action: string;
  entityType: string;
  entityId: string;
  reason?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface AuditLogFilter {
  entityType?: string;
  entityId?: string;
  /** Entries this account acted in (e.g. a candidate's consent events, for the GDPR export). */
  actorId?: string;
  page: number;
  limit: number;
}

/** Keys of `before`/`after` that never hold personal data and survive anonymisation. */
const NON_PERSONAL_KEYS = ['status', 'verificationStatus', 'visibility', 'version'];

/** Queries over the append-only audit log (the database refuses anything but INSERT and anonymisation). */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, entry: NewAuditEntry): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor_id, actor_role, action, entity_type, entity_id, reason, before, after, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, clock_timestamp())`,
      [
        entry.actorId,
        entry.actorRole,
        entry.action,
        entry.entityType,
        entry.entityId,
        entry.reason ?? null,
        entry.before ? JSON.stringify(entry.before) : null,
        entry.after ? JSON.stringify(entry.after) : null,
      ],
    );
  }

  async list(filter: AuditLogFilter): Promise<[AuditLogEntryEntity[], number]> {
    const where: Partial<Record<'entityType' | 'entityId' | 'actorId', string>> = {};
    if (filter.entityType) where.entityType = filter.entityType;
    if (filter.entityId) where.entityId = filter.entityId;
    if (filter.actorId) where.actorId = filter.actorId;
    return this.dataSource.getRepository(AuditLogEntryEntity).findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (filter.page - 1) * filter.limit,
      take: filter.limit,
    });
  }

  /**
   * Erasure: the entity's rows keep what happened and why, but point to a fresh
   * random id (one per erased entity, so its history stays together) and keep
   * only non-personal keys of before/after. Returns the number of rows changed.
   */
  async anonymiseEntity(manager: EntityManager, entityType: string, entityId: string): Promise<number> {
    const rows: unknown[] = await manager.query(
      `WITH pseudonym AS (SELECT gen_random_uuid() AS id)
       UPDATE audit_log
          SET entity_id = (SELECT id FROM pseudonym),
              before = (SELECT jsonb_object_agg(key, value) FROM jsonb_each(before) WHERE key = ANY($3::text[])),
              after = (SELECT jsonb_object_agg(key, value) FROM jsonb_each(after) WHERE key = ANY($3::text[])),
              anonymised_at = now()
        WHERE entity_type = $1 AND entity_id = $2
        RETURNING id`,
      [entityType, entityId, NON_PERSONAL_KEYS],
    );
    return rowCount(rows);
  }

  /** Erasure of an account that acted (e.g. a candidate): its rows no longer name it. */
  async anonymiseActor(manager: EntityManager, actorId: string): Promise<number> {
    const rows: unknown[] = await manager.query(
      `UPDATE audit_log SET actor_id = NULL, anonymised_at = now() WHERE actor_id = $1 RETURNING id`,
      [actorId],
    );
    return rowCount(rows);
  }
}

/** pg answers UPDATE … RETURNING through TypeORM as [rows, count]. */
function rowCount(result: unknown[]): number {
  return Array.isArray(result[0]) ? (result[0] as unknown[]).length : result.length;
}

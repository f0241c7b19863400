import { Injectable } from '@nestjs/common';
import { AuditLogView } from './dto/audit-log-entry.view';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Page, pageOf } from '../common/http/pagination';
import { AuditLogFilter, AuditLogRepository } from './audit-log.repository';
import type { AuditLogEntryEntity } from './entities/audit-log-entry.entity';

export type AuditEntityType = 'employer' | 'job_offer' | 'candidate' | 'invitation' | 'application';

export interface AuditEntry {
  /** Who: the signed-in user (null only for system actions). */
  actor: Pick<AuthenticatedUser, 'id' | 'role'> | null;
  /** What, e.g. `job_offer.approve`, `employer.verify`, `candidate.hide`, `invitation.accept`. */
  action: string;
  entityType: AuditEntityType;
  entityId: string;
  /** Why (required for rejections and hides by the callers' rules). */
  reason?: string | null;
  /** The relevant state before and after, e.g. `{status:"pending_review"}` → `{status:"published"}`. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export { AuditLogView };

/**
 * The audit log other features write to. Call `record` inside the transaction
 * that makes the change, so the entry exists exactly when the change does.
 */
@Injectable()
export class AuditLogService {
  constructor(private readonly repository: AuditLogRepository) {}

  record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    return this.repository.insert(manager, {
      actorId: entry.actor?.id ?? null,
      actorRole: entry.actor?.role ?? 'system',
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      reason: entry.reason ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
    });
  }

  /** For erasure (GDPR Art. 17): see AuditLogRepository.anonymiseEntity. */
  anonymiseEntity(manager: EntityManager, entityType: AuditEntityType, entityId: string): Promise<number> {
    return this.repository.anonymiseEntity(manager, entityType, entityId);
  }

  anonymiseActor(manager: EntityManager, actorId: string): Promise<number> {
    return this.repository.anonymiseActor(manager, actorId);
  }

  async list(filter: AuditLogFilter): Promise<Page<AuditLogView>> {
    const [rows, total] = await this.repository.list(filter);
    return pageOf(rows.map(toView), total, filter);
  }
}

function toView(row: AuditLogEntryEntity): AuditLogView {
  return {
    id: row.id,
    actorId: row.actorId,
    actorRole: row.actorRole,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    reason: row.reason,
    before: row.before,
    after: row.after,
    createdAt: row.createdAt,
    anonymisedAt: row.anonymisedAt,
  };
}

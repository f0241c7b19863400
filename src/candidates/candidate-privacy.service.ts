import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { UsersRepository } from '../auth/users.repository';
import { UsersService } from '../auth/users.service';
import { HookRegistry } from '../common/hooks/hook.registry';
import { AppConfig } from '../config/app-config';
import { AuditLogService } from '../audit-log/audit-log.service';
import { SearchOutboxService } from '../search/indexing/search-outbox.service';
import { CANDIDATE_DATA } from './candidate-data.hooks';
import { CandidatesIndex, CANDIDATES_INDEX } from './candidates.index';
import { AccountNotFoundError, ErasureSearchRemovalPendingError } from './candidates.errors';
import { CandidatesRepository } from './candidates.repository';
import { withRecognition } from './candidate-profile.mapper';
import { CandidateExport, EXPORT_AUDIT_ENTRIES, EXPORT_FORMAT, ExportedProfile } from './dto/candidate-export.view';
import type { CandidateProfileEntity } from './entities/candidate-profile.entity';

const DAY_MS = 86_400_000;

export interface RetentionRun {
  hidden: string[];
  erased: string[];
}

/**
 * GDPR duties towards candidates: export (Art. 15/20), erasure (Art. 17) and
 * storage limitation (the retention run: hide after inactivity, then erase).
 */
@Injectable()
export class CandidatePrivacyService {
  private readonly logger = new Logger(CandidatePrivacyService.name);

  constructor(
    private readonly repository: CandidatesRepository,
    private readonly users: UsersRepository,
    private readonly accounts: UsersService,
    private readonly outbox: SearchOutboxService,
    private readonly index: CandidatesIndex,
    private readonly audit: AuditLogService,
    private readonly config: ConfigService<AppConfig, true>,
    private readonly hooks: HookRegistry,
  ) {}

  /** Everything held about the person, machine-readable. */
  async export(user: AuthenticatedUser): Promise<CandidateExport> {
    const account = await this.users.findById(user.id);
    if (!account) throw new AccountNotFoundError();
    const profile = await this.repository.findByUserId(user.id);
    const sections = profile ? await this.sectionsOf(profile.id) : {};
    const document = profile ? ((await this.index.documentsFor([profile.id])).get(profile.id) ?? null) : null;
    const audit = profile
      ? await this.audit.list({ entityType: 'candidate', entityId: profile.id, page: 1, limit: EXPORT_AUDIT_ENTRIES })
      : null;
    const ownEvents = await this.audit.list({ actorId: user.id, page: 1, limit: EXPORT_AUDIT_ENTRIES });
    return {
      exportedAt: new Date().toISOString(),
      format: EXPORT_FORMAT,
      account: {
        id: account.id,
        email: account.email,
        role: account.role,
        createdAt: account.createdAt.toISOString(),
        updatedAt: account.updatedAt.toISOString(),
        lastLoginAt: account.lastLoginAt?.toISOString() ?? null,
        language: account.language,
        emailVerifiedAt: account.emailVerifiedAt?.toISOString() ?? null,
        emailNotifications: account.emailNotifications,
      },
      profile: profile ? exportedProfile(profile) : null,
      /** Records other features keep about the profile (invitations and applications, …). */
      ...sections,
      /** Staff decisions about the profile, oldest first (which staff member decided is not disclosed, only the role). */
      auditEntries: [...(audit?.items ?? [])]
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
        .map((e) => ({
          id: e.id,
          action: e.action,
          actorRole: e.actorRole,
          reason: e.reason,
          before: e.before,
          after: e.after,
          createdAt: e.createdAt,
        })),
      /** What the person did that is audit-logged (accepting/declining invitations, applying), oldest first. */
      consentEvents: [...ownEvents.items]
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
        .map((e) => ({
          id: e.id,
          action: e.action,
          entityType: e.entityType,
          entityId: e.entityId,
          before: e.before,
          after: e.after,
          createdAt: e.createdAt,
        })),
      /** What employers can search about the person right now (null: not in search). */
      searchDocument: document,
    };
  }

  /**
   * Erases profile and account. The database change commits first, with one
   * outbox delete marker (the person's other outbox rows are dropped); then the
   * search document is removed at once. If Meilisearch is unreachable at that
   * moment the erasure stays committed and the caller gets a 503 saying that
   * the search removal is pending (the outbox worker completes it).
   */
  async erase(userId: string): Promise<void> {
    const profileId = await this.eraseRows(userId);
    if (!profileId) return;
    try {
      await this.outbox.removeNow(CANDIDATES_INDEX, [profileId]);
    } catch (error) {
      this.logger.warn(`Erased candidate ${profileId}; search removal deferred to the outbox: ${(error as Error).message}`);
      throw new ErasureSearchRemovalPendingError();
    }
    await this.outbox.syncNow(CANDIDATES_INDEX, [profileId]);
  }

  /**
   * One retention pass as of `now`: hides profiles whose owner has not signed
   * in for RETENTION_HIDE_AFTER_DAYS, and erases those retention-hidden for at
   * least (ERASE − HIDE) days whose owner has not signed in for
   * RETENTION_ERASE_AFTER_DAYS (so a candidate always gets the notice period).
   */
  async runRetention(now: Date): Promise<RetentionRun> {
    const { hideAfterDays, eraseAfterDays } = this.config.get('retention', { infer: true });
    const inactiveSince = new Date(now.getTime() - hideAfterDays * DAY_MS);
    const hidden = await this.repository.inTransaction(async (manager) => {
      const ids = await this.repository.hideInactive(manager, inactiveSince, now);
      await this.outbox.enqueue(manager, CANDIDATES_INDEX, ids);
      return ids;
    });
    if (hidden.length) await this.outbox.syncNow(CANDIDATES_INDEX, hidden);

    const due = await this.repository.dueForErasure(
      new Date(now.getTime() - (eraseAfterDays - hideAfterDays) * DAY_MS),
      new Date(now.getTime() - eraseAfterDays * DAY_MS),
    );
    const erased: string[] = [];
    for (const { userId, profileId } of due) {
      try {
        await this.erase(userId);
      } catch (error) {
        if (!(error instanceof ErasureSearchRemovalPendingError)) throw error;
      }
      erased.push(profileId);
    }
    if (hidden.length || erased.length) this.logger.log(`Retention: hid ${hidden.length} profiles, erased ${erased.length}`);
    return { hidden, erased };
  }

  private async sectionsOf(profileId: string): Promise<Record<string, unknown[]>> {
    const sections: Record<string, unknown[]> = {};
    for (const handler of this.hooks.handlersOf(CANDIDATE_DATA)) Object.assign(sections, await handler.exportSections(profileId));
    return sections;
  }

  private eraseRows(userId: string): Promise<string | null> {
    return this.repository.inTransaction(async (manager) => {
      const profile = await this.repository.findByUserId(userId, manager);
      if (profile) {
        for (const handler of this.hooks.handlersOf(CANDIDATE_DATA)) await handler.eraseCandidate(manager, profile.id);
        await this.outbox.forget(manager, CANDIDATES_INDEX, [profile.id]);
      }
      await this.accounts.eraseCandidateAccount(manager, userId);
      // The audit log keeps what happened and why, but no longer points to the person.
      if (profile) await this.audit.anonymiseEntity(manager, 'candidate', profile.id);
      await this.audit.anonymiseActor(manager, userId);
      if (profile) await this.outbox.enqueue(manager, CANDIDATES_INDEX, [profile.id]);
      return profile?.id ?? null;
    });
  }
}

/** The profile row as stored (without the account relation), plus the salary expectation as one object. */
function exportedProfile(profile: CandidateProfileEntity): ExportedProfile {
  const { user: _relation, ...stored } = profile;
  return {
    ...stored,
    degrees: withRecognition(profile.degrees),
    salaryExpectation: profile.salaryMin === null ? null : { min: profile.salaryMin, currency: profile.salaryCurrency },
  };
}

import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { UsersRepository } from '../auth/users.repository';
import { UsersService } from '../auth/users.service';
import { HookRegistry } from '../common/hooks/hook.registry';
import { AppConfig } from '../config/app-config';
import { AuditLogService } from '../audit-log/audit-log.service';
import { NotificationsService } from '../notifications/notifications.service';
import { SearchOutboxService } from '../search/indexing/search-outbox.service';
import { CANDIDATE_DATA } from './candidate-data.hooks';
import { CandidatesIndex, CANDIDATES_INDEX } from './candidates.index';
import { AccountNotFoundError, ErasureSearchRemovalPendingError } from './candidates.errors';
import { CandidatesRepository } from './candidates.repository';
import { withRecognition } from './candidate-profile.mapper';
import { CandidateExport, EXPORT_AUDIT_ENTRIES, EXPORT_FORMAT, ExportedProfile } from './dto/candidate-export.view';
import type { CandidateProfileEntity } from './entities/candidate-profile.entity';

const DAY_MS = 86_400_000;
/** How many days before hiding or erasure the candidate is warned. */
export const RETENTION_WARNING_DAYS = 14;

export interface RetentionRun {
  /** Profiles whose owner was warned in this run (hiding or erasure within RETENTION_WARNING_DAYS). */
  warned: string[];
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
    private readonly notifications: NotificationsService,
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
      /** Records other features keep about the profile (invitations and applications, saved searches, …). */
      ...sections,
      /** What the platform notified the person of, oldest first (as it was written to them). */
      notifications: await this.notifications.exportFor(user.id),
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
    const warned = await this.warnBeforeRetention(now);
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
    if (hidden.length || erased.length || warned.length) {
      this.logger.log(`Retention: warned ${warned.length} candidates, hid ${hidden.length} profiles, erased ${erased.length}`);
    }
    return { warned, hidden, erased };
  }

  /**
   * RETENTION_WARNING_DAYS before a profile is hidden or erased, its owner gets
   * a `retention.warning` (in-app and by mail). The key holds the last sign-in,
   * so each inactivity period warns once (signing in starts a new period), however often the run comes by.
   * Returns the profile ids warned in this run.
   */
  private async warnBeforeRetention(now: Date): Promise<string[]> {
    const { hideAfterDays, eraseAfterDays } = this.config.get('retention', { infer: true });
    const soon = new Date(now.getTime() + RETENTION_WARNING_DAYS * DAY_MS);
    const toHide = await this.repository.dueForHidingSoon(
      new Date(now.getTime() - hideAfterDays * DAY_MS),
      new Date(soon.getTime() - hideAfterDays * DAY_MS),
    );
    const toErase = await this.repository.dueForErasureBetween(
      now,
      soon,
      (eraseAfterDays - hideAfterDays) * DAY_MS,
      eraseAfterDays * DAY_MS,
    );
    const warnings = [
      ...toHide.map((c) => ({ ...c, action: 'hide' as const, on: new Date(c.lastActiveAt.getTime() + hideAfterDays * DAY_MS) })),
      ...toErase.map((c) => ({
        ...c,
        action: 'erase' as const,
        on: new Date(
          Math.max(c.hiddenAt.getTime() + (eraseAfterDays - hideAfterDays) * DAY_MS, c.lastActiveAt.getTime() + eraseAfterDays * DAY_MS),
        ),
      })),
    ];
    if (!warnings.length) return [];
    const written = await this.repository.inTransaction(async (manager) => {
      const ids: string[] = [];
      for (const w of warnings) {
        const fresh = await this.notifications.notify(manager, {
          recipientUserId: w.userId,
          type: 'retention.warning',
          key: `retention.warning:${w.action}:${w.profileId}:${w.lastActiveAt.getTime()}`,
          link: '/me/profile',
          params: { action: w.action, on: w.on.toISOString().slice(0, 10) },
        });
        if (fresh) ids.push(w.profileId);
      }
      return ids;
    });
    return written;
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

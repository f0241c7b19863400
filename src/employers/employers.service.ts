import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { InputValidationError, StaleVersionError } from '../common/errors/common.errors';
import { AuditLogService } from '../audit-log/audit-log.service';
import { HookRegistry } from '../common/hooks/hook.registry';
import { NotificationsService } from '../notifications/notifications.service';
import { EmployerView, toEmployerView } from './dto/employer.view';
import type { UpsertEmployerDto } from './dto/upsert-employer.dto';
import { EmployerNotFoundError, EmployerNotPendingError, EmployerOrganisationRequiredError } from './employers.errors';
import { EmployerFields, EmployersRepository, EmployerStatusChange } from './employers.repository';
import type { EmployerEntity } from './entities/employer.entity';
import { AfterCommit, EMPLOYER_CHANGED, EmployerChange } from './employer-changed.hook';

/** Fields that make up the legal identity checked by staff: changing them needs a new verification. */
const IDENTITY_FIELDS = ['name', 'registrationNumber'] as const;

export type EmployerDecision = 'verify' | 'reject';

/** Where the employer's notifications about verification lead (the web app's organisation page). */
const ORGANISATION_PAGE = '/employer/organisation';

@Injectable()
export class EmployersService {
  constructor(
    private readonly employers: EmployersRepository,
    private readonly audit: AuditLogService,
    private readonly hooks: HookRegistry,
    private readonly notifications: NotificationsService,
  ) {}

  async getMine(user: AuthenticatedUser): Promise<EmployerView> {
    const employer = await this.employers.findByUser(user.id);
    if (!employer) throw new EmployerNotFoundError();
    return toEmployerView(employer);
  }

  /**
   * Creates or replaces the caller's organisation. New → pending. Rejected →
   * pending again (back into the queue). Verified stays verified unless the
   * legal identity (name, registration number) changes, which needs a new check.
   */
  async upsertMine(user: AuthenticatedUser, body: UpsertEmployerDto): Promise<EmployerView> {
    const fields: EmployerFields = {
      name: body.name,
      website: body.website ?? null,
      city: body.city,
      postalCode: body.postalCode,
      industry: body.industry,
      size: body.size,
      description: body.description,
      registrationNumber: body.registrationNumber ?? null,
    };
    const { employer, afterCommit } = await this.employers.transaction(async (manager) => {
      const current = await this.employers.findByUserForUpdate(manager, user.id);
      if (!current) {
        if (body.version !== undefined && body.version !== 1) throw new StaleVersionError('Employer organisation', body.version);
        const created = await this.employers.create(manager, user.id, fields);
        return { employer: created, afterCommit: [] as AfterCommit[] };
      }
      if (body.version !== undefined && body.version !== current.version) {
        throw new StaleVersionError('Employer organisation', body.version);
      }
      const identityChanged = IDENTITY_FIELDS.some((f) => current[f] !== fields[f]);
      const status = nextStatusOnEdit(current, identityChanged);
      const updated = await this.employers.replace(manager, current.id, fields, status);
      let verificationLostReason: string | null = null;
      if (status) {
        const reason = current.verificationStatus === 'verified' ? 'legal identity changed' : 'edited after rejection';
        await this.audit.record(manager, {
          actor: user,
          action: 'employer.resubmit',
          entityType: 'employer',
          entityId: current.id,
          reason,
          before: { verificationStatus: current.verificationStatus },
          after: { verificationStatus: updated.verificationStatus },
        });
        if (current.verificationStatus === 'verified') verificationLostReason = reason;
      }
      const change = { employerId: current.id, actor: user, verificationLostReason, nameChanged: current.name !== fields.name };
      return { employer: updated, afterCommit: await this.announce(manager, change) };
    });
    await runAll(afterCommit);
    return toEmployerView(employer);
  }

  /**
   * Staff decision: verify or reject an organisation waiting for verification,
   * or reject (revoke) a verified one — its published offers then go back to
   * review and leave public search before the answer.
   */
  async decide(
    actor: AuthenticatedUser,
    employerId: string,
    decision: EmployerDecision,
    reason: string | undefined,
  ): Promise<EmployerView> {
    if (decision === 'reject' && !reason?.trim()) throw new InputValidationError('reason is required to reject');
    const { updated, afterCommit } = await this.employers.transaction(async (manager) => {
      const current = await this.employers.findByIdForUpdate(manager, employerId);
      if (!current) throw new EmployerNotFoundError();
      const revoking = decision === 'reject' && current.verificationStatus === 'verified';
      if (current.verificationStatus !== 'pending' && !revoking) {
        throw new EmployerNotPendingError(decision, current.verificationStatus);
      }
      const change: EmployerStatusChange =
        decision === 'verify'
          ? { verificationStatus: 'verified', rejectionReason: null, verifiedAt: new Date() }
          : { verificationStatus: 'rejected', rejectionReason: reason!.trim(), verifiedAt: null };
      const after = await this.employers.setStatus(manager, current.id, change);
      await this.audit.record(manager, {
        actor,
        action: revoking ? 'employer.revoke' : `employer.${decision}`,
        entityType: 'employer',
        entityId: current.id,
        reason: reason?.trim() || null,
        before: { verificationStatus: current.verificationStatus },
        after: { verificationStatus: after.verificationStatus },
      });
      await this.notifications.notify(
        manager,
        decision === 'verify'
          ? {
              recipientUserId: current.userId,
              type: 'employer.verified',
              key: `employer.verified:${current.id}:${after.submittedAt.getTime()}:${after.version}`,
              link: ORGANISATION_PAGE,
              params: { employerName: after.name },
            }
          : {
              recipientUserId: current.userId,
              type: 'employer.rejected',
              key: `employer.rejected:${current.id}:${after.submittedAt.getTime()}:${after.version}`,
              link: ORGANISATION_PAGE,
              params: { employerName: after.name, reason: reason!.trim(), revoked: revoking },
            },
      );
      const lost = {
        employerId: current.id,
        actor,
        verificationLostReason: revoking ? 'employer verification revoked' : null,
        nameChanged: false,
      };
      return { updated: after, afterCommit: await this.announce(manager, lost) };
    });
    await runAll(afterCommit);
    return toEmployerView(updated);
  }

  /** Lets the features built on employers follow the change in this transaction (EMPLOYER_CHANGED handlers). */
  private async announce(manager: EntityManager, change: EmployerChange): Promise<AfterCommit[]> {
    if (!change.verificationLostReason && !change.nameChanged) return [];
    const afterCommit: AfterCommit[] = [];
    for (const handler of this.hooks.handlersOf(EMPLOYER_CHANGED)) {
      const work = await handler.employerChanged(manager, change);
      if (work) afterCommit.push(work);
    }
    return afterCommit;
  }

  /** The caller's organisation; 403 when there is none yet (needed before creating offers). */
  async requireOwnOrganisation(user: AuthenticatedUser): Promise<EmployerEntity> {
    const employer = await this.employers.findByUser(user.id);
    if (!employer) throw new EmployerOrganisationRequiredError();
    return employer;
  }

  /** Whether the employer account's organisation is verified (no organisation yet: not verified). */
  async isVerified(userId: string): Promise<boolean> {
    return (await this.employers.findByUser(userId))?.verificationStatus === 'verified';
  }

  findByUser(userId: string): Promise<EmployerEntity | null> {
    return this.employers.findByUser(userId);
  }

  findById(id: string): Promise<EmployerEntity | null> {
    return this.employers.findById(id);
  }

  listPending(page: number, limit: number): Promise<[EmployerEntity[], number]> {
    return this.employers.listPending(page, limit);
  }
}

async function runAll(work: AfterCommit[]): Promise<void> {
  for (const step of work) await step();
}

function nextStatusOnEdit(current: EmployerEntity, identityChanged: boolean): EmployerStatusChange | null {
  if (current.verificationStatus === 'rejected' || (current.verificationStatus === 'verified' && identityChanged)) {
    return { verificationStatus: 'pending', rejectionReason: null, resubmitted: true, verifiedAt: null };
  }
  return null;
}

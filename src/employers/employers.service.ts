import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ForbiddenError, InvalidInputError, InvalidStateError, NotFoundError, StaleVersionError } from '../common/errors/domain-error';
import { JOB_OFFERS_INDEX } from '../job-offers/job-offers-index.name';
import { AuditLog } from '../moderation/audit-log.service';
import { SearchOutbox } from '../search/indexing/search-outbox.service';
import { EmployerView, toEmployerView } from './dto/employer.view';
import type { UpsertEmployerDto } from './dto/upsert-employer.dto';
import { EmployerFields, EmployersRepository, EmployerStatusChange } from './employers.repository';
import type { EmployerEntity } from './entities/employer.entity';

/** Fields that make up the legal identity checked by staff: changing them needs a new verification. */
const IDENTITY_FIELDS = ['name', 'registrationNumber'] as const;

export type EmployerDecision = 'verify' | 'reject';

@Injectable()
export class EmployersService {
  constructor(
    private readonly employers: EmployersRepository,
    private readonly audit: AuditLog,
    private readonly outbox: SearchOutbox,
  ) {}

  async getMine(user: AuthenticatedUser): Promise<EmployerView> {
    const employer = await this.employers.findByUser(user.id);
    if (!employer) throw new NotFoundError('Employer organisation');
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
    const { employer, offerIds } = await this.employers.transaction(async (manager) => {
      const current = await this.employers.findByUserForUpdate(manager, user.id);
      if (!current) {
        if (body.version !== undefined && body.version !== 1) throw new StaleVersionError('Employer organisation', body.version);
        const created = await this.employers.create(manager, user.id, fields);
        return { employer: created, offerIds: [] as string[] };
      }
      if (body.version !== undefined && body.version !== current.version) {
        throw new StaleVersionError('Employer organisation', body.version);
      }
      const identityChanged = IDENTITY_FIELDS.some((f) => current[f] !== fields[f]);
      const status = nextStatusOnEdit(current, identityChanged);
      const updated = await this.employers.replace(manager, current.id, fields, status);
      let ids: string[] = [];
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
        if (current.verificationStatus === 'verified') ids = await this.withdrawPublishedOffers(manager, user, current.id, reason);
      }
      // Published offers show the employer's name in search.
      if (!ids.length && current.name !== fields.name) ids = await this.employers.publishedOfferIds(manager, current.id);
      await this.outbox.enqueue(manager, JOB_OFFERS_INDEX, ids);
      return { employer: updated, offerIds: ids };
    });
    if (offerIds.length) await this.outbox.syncNow(JOB_OFFERS_INDEX, offerIds);
    return toEmployerView(employer);
  }

  /**
   * Staff decision: verify or reject an organisation waiting for verification,
   * or reject (revoke) a verified one — its published offers then go back to
   * review and leave public search before the answer.
   */
  async decide(actor: AuthenticatedUser, employerId: string, decision: EmployerDecision, reason: string | undefined): Promise<EmployerView> {
    if (decision === 'reject' && !reason?.trim()) throw new InvalidInputError('reason is required to reject');
    const { updated, offerIds } = await this.employers.transaction(async (manager) => {
      const current = await this.employers.findByIdForUpdate(manager, employerId);
      if (!current) throw new NotFoundError('Employer organisation');
      const revoking = decision === 'reject' && current.verificationStatus === 'verified';
      if (current.verificationStatus !== 'pending' && !revoking) {
        throw new InvalidStateError(`Only a pending organisation can be ${decision === 'verify' ? 'verified' : 'rejected'}; this one is ${current.verificationStatus}`);
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
      const ids = revoking ? await this.withdrawPublishedOffers(manager, actor, current.id, 'employer verification revoked') : [];
      await this.outbox.enqueue(manager, JOB_OFFERS_INDEX, ids);
      return { updated: after, offerIds: ids };
    });
    if (offerIds.length) await this.outbox.syncNow(JOB_OFFERS_INDEX, offerIds);
    return toEmployerView(updated);
  }

  /** Published offers of an organisation that is no longer verified go back to review, each with an audit entry. */
  private async withdrawPublishedOffers(manager: EntityManager, actor: AuthenticatedUser, employerId: string, reason: string): Promise<string[]> {
    const ids = await this.employers.returnPublishedOffersToReview(manager, employerId);
    for (const id of ids) {
      await this.audit.record(manager, {
        actor,
        action: 'job_offer.withdraw',
        entityType: 'job_offer',
        entityId: id,
        reason,
        before: { status: 'published' },
        after: { status: 'pending_review' },
      });
    }
    return ids;
  }

  /** The caller's organisation; 403 when there is none yet (needed before creating offers). */
  async requireOwnOrganisation(user: AuthenticatedUser): Promise<EmployerEntity> {
    const employer = await this.employers.findByUser(user.id);
    if (!employer) throw new ForbiddenError('Create your organisation first (PUT /api/v1/employers/me)');
    return employer;
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

function nextStatusOnEdit(current: EmployerEntity, identityChanged: boolean): EmployerStatusChange | null {
  if (current.verificationStatus === 'rejected' || (current.verificationStatus === 'verified' && identityChanged)) {
    return { verificationStatus: 'pending', rejectionReason: null, resubmitted: true, verifiedAt: null };
  }
  return null;
}

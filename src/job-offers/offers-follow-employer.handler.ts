import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditLogService } from '../audit-log/audit-log.service';
import { AfterCommit, EMPLOYER_CHANGED, EmployerChange, EmployerChangedHandler } from '../employers/employer-changed.hook';
import { SearchOutboxService } from '../search/indexing/search-outbox.service';
import { JOB_OFFERS_INDEX } from './job-offers.index';
import { JobOffersRepository } from './job-offers.repository';

/**
 * Offers follow their organisation, in the transaction of the employer's change:
 * an organisation that is no longer verified has no public offers (each goes
 * back to review with an audit entry), and a new name reaches the search
 * documents of its published offers. Both leave or update search before the answer.
 */
@Injectable()
@EMPLOYER_CHANGED.handler()
export class OffersFollowEmployerHandler implements EmployerChangedHandler {
  constructor(
    private readonly offers: JobOffersRepository,
    private readonly audit: AuditLogService,
    private readonly outbox: SearchOutboxService,
  ) {}

  async employerChanged(manager: EntityManager, change: EmployerChange): Promise<AfterCommit | void> {
    const ids = change.verificationLostReason
      ? await this.withdrawPublished(manager, change, change.verificationLostReason)
      : await this.offers.publishedIdsOf(manager, change.employerId);
    if (!ids.length) return;
    await this.outbox.enqueue(manager, JOB_OFFERS_INDEX, ids);
    return async () => {
      await this.outbox.syncNow(JOB_OFFERS_INDEX, ids);
    };
  }

  private async withdrawPublished(manager: EntityManager, change: EmployerChange, reason: string): Promise<string[]> {
    const ids = await this.offers.returnPublishedToReview(manager, change.employerId);
    for (const id of ids) {
      await this.audit.record(manager, {
        actor: change.actor,
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
}

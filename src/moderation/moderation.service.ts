import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Page, pageOf } from '../common/http/pagination';
import { EmployerView } from '../employers/dto/employer.view';
import { EmployersService } from '../employers/employers.service';
import type { EmployerEntity } from '../employers/entities/employer.entity';
import type { JobOfferView } from '../job-offers/dto/job-offer.view';
import type { JobOfferEntity } from '../job-offers/entities/job-offer.entity';
import { JobOffersService } from '../job-offers/job-offers.service';
import type { QueueType } from './dto/moderation.dto';
import type { QueueItem } from './dto/queue-item.view';

export type { QueueItem };

@Injectable()
export class ModerationService {
  constructor(
    private readonly offers: JobOffersService,
    private readonly employers: EmployersService,
  ) {}

  async queue(type: QueueType | undefined, page: number, limit: number): Promise<Page<QueueItem>> {
    if (type === 'job_offer') {
      const [rows, total] = await this.offers.listPendingReview(page, limit);
      return pageOf(rows.map(offerItem), total, { page, limit });
    }
    if (type === 'employer') {
      const [rows, total] = await this.employers.listPending(page, limit);
      return pageOf(rows.map(employerItem), total, { page, limit });
    }
    // Both kinds: merge the first page*limit of each by submission time (queues are short; fine for staff use).
    const [[offers, offerTotal], [employers, employerTotal]] = await Promise.all([
      this.offers.listPendingReview(1, page * limit),
      this.employers.listPending(1, page * limit),
    ]);
    const merged = [...offers.map(offerItem), ...employers.map(employerItem)].sort(
      (a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id.localeCompare(b.id),
    );
    return pageOf(merged.slice((page - 1) * limit, page * limit), offerTotal + employerTotal, { page, limit });
  }

  decideOffer(actor: AuthenticatedUser, id: string, decision: 'approve' | 'reject', reason?: string): Promise<JobOfferView> {
    return this.offers.decide(actor, id, decision, reason);
  }

  decideEmployer(actor: AuthenticatedUser, id: string, decision: 'verify' | 'reject', reason?: string): Promise<EmployerView> {
    return this.employers.decide(actor, id, decision, reason);
  }
}

function offerItem(o: JobOfferEntity): QueueItem {
  return {
    type: 'job_offer',
    id: o.id,
    title: o.title,
    submittedAt: (o.submittedAt ?? o.updatedAt).toISOString(),
    employer: { id: o.employer!.id, name: o.employer!.name, verificationStatus: o.employer!.verificationStatus },
    occupation: { label: o.occupationLabel, escoUri: o.occupationUri },
    city: o.city,
  };
}

function employerItem(e: EmployerEntity): QueueItem {
  return {
    type: 'employer',
    id: e.id,
    name: e.name,
    submittedAt: e.submittedAt.toISOString(),
    city: e.city,
    registrationNumber: e.registrationNumber,
    website: e.website,
    industry: e.industry,
    emailVerified: Boolean(e.user?.emailVerifiedAt),
  };
}

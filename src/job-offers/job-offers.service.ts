import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { InputValidationError, StaleVersionError } from '../common/errors/common.errors';
import { Page, pageOf } from '../common/http/pagination';
import { EmployersService } from '../employers/employers.service';
import { EmployerNotVerifiedError } from '../employers/employers.errors';
import type { EmployerEntity } from '../employers/entities/employer.entity';
import { OfferWarningsService } from '../blue-card-thresholds/offer-warnings.service';
import { AuditLogService } from '../audit-log/audit-log.service';
import { NotificationsService } from '../notifications/notifications.service';
import { SearchOutboxService } from '../search/indexing/search-outbox.service';
import { ConceptLabeller } from '../taxonomy/concept-labeller';
import type { TaxonomyLanguage } from '../taxonomy/entities/esco-label.entity';
import { normalizeLabel } from '../taxonomy/label-normalizer';
import { TaxonomyRepository } from '../taxonomy/taxonomy.repository';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { CreateJobOfferDto, NON_NULLABLE_FIELDS, UpdateJobOfferDto } from './dto/job-offer.dto';
import { JobOfferView, JobOfferWithWarnings, offerConcepts, toJobOfferView } from './dto/job-offer.view';
import type { JobOfferEntity, JobOfferStatus } from './entities/job-offer.entity';
import type { StoredConcept } from '../taxonomy/stored-concept';
import { JobOfferNotFoundError, JobOfferTransitionError, OfferEmployerNotVerifiedError } from './job-offers.errors';
import { JOB_OFFERS_INDEX } from './job-offers.index';
import { JobOfferContent, JobOffersRepository, StatusChange } from './job-offers.repository';

export type OfferDecision = 'approve' | 'reject';

/**
 * The rules of job offers: who may see and change them, and the lifecycle
 * draft → pending_review → published | rejected, published → closed; a
 * rejected offer is edited (→ draft) and submitted again; editing a published
 * offer sends it back to review. Every status change is audited and reaches
 * the search index through the outbox in the same transaction.
 */
@Injectable()
export class JobOffersService {
  constructor(
    private readonly offers: JobOffersRepository,
    private readonly employers: EmployersService,
    private readonly taxonomy: TaxonomyService,
    private readonly taxonomyRepository: TaxonomyRepository,
    private readonly audit: AuditLogService,
    private readonly outbox: SearchOutboxService,
    private readonly warnings: OfferWarningsService,
    private readonly labeller: ConceptLabeller,
    private readonly notifications: NotificationsService,
  ) {}

  /** Any employer with an organisation may draft (verification is needed to submit). */
  async create(user: AuthenticatedUser, body: CreateJobOfferDto, lang?: TaxonomyLanguage): Promise<JobOfferWithWarnings> {
    const employer = await this.employers.requireOwnOrganisation(user);
    const content = await this.content(body);
    const id = await this.offers.transaction((manager) => this.offers.insert(manager, employer.id, content as JobOfferContent));
    return this.withWarnings((await this.offers.findWithEmployer(id))!, lang);
  }

  /** Published offers for anyone; every status for the owner and staff; otherwise 404. */
  async get(user: AuthenticatedUser | undefined, id: string, lang: TaxonomyLanguage = 'en'): Promise<JobOfferView> {
    const offer = await this.offers.findWithEmployer(id);
    if (!offer || !this.maySee(user, offer)) throw new JobOfferNotFoundError();
    return toJobOfferView(offer, await this.labeller.labels(offerConcepts(offer), lang));
  }

  async mine(
    user: AuthenticatedUser,
    page: number,
    limit: number,
    status?: JobOfferStatus,
    lang: TaxonomyLanguage = 'en',
  ): Promise<Page<JobOfferView>> {
    const employer = await this.employers.findByUser(user.id);
    if (!employer) return pageOf([], 0, { page, limit });
    const [rows, total] = await this.offers.listByEmployer(employer.id, page, limit, status);
    const labels = await this.labeller.labels(rows.flatMap(offerConcepts), lang);
    return pageOf(
      rows.map((row) => toJobOfferView(row, labels)),
      total,
      { page, limit },
    );
  }

  async update(user: AuthenticatedUser, id: string, body: UpdateJobOfferDto, lang?: TaxonomyLanguage): Promise<JobOfferWithWarnings> {
    const nulls = NON_NULLABLE_FIELDS.filter((f) => body[f] === null);
    if (nulls.length) throw new InputValidationError(nulls.map((f) => `${f} must not be null`).join('; '));
    const employer = await this.employers.findByUser(user.id);
    if (!employer) throw new JobOfferNotFoundError();
    const { version, ...changes } = body;
    const content = await this.content(changes);
    const previous = await this.offers.transaction(async (manager) => {
      const result = await this.offers.updateContentIfCurrent(manager, { id, employerId: employer.id, version }, content);
      if (!result) {
        const current = await this.offers.findWithEmployer(id, manager);
        if (!current || current.employerId !== employer.id) throw new JobOfferNotFoundError();
        if (current.status === 'closed') throw new JobOfferTransitionError('edited', 'closed');
        throw new StaleVersionError('Job offer', version);
      }
      if (result.previousStatus === 'published') {
        await this.audit.record(manager, {
          actor: user,
          action: 'job_offer.edit_published',
          entityType: 'job_offer',
          entityId: id,
          reason: 'edited while published: back to review',
          before: { status: 'published' },
          after: { status: 'pending_review' },
        });
      }
      await this.outbox.enqueue(manager, JOB_OFFERS_INDEX, [id]);
      return result.previousStatus;
    });
    // An edited published offer must leave search now, not when the worker comes by.
    if (previous === 'published') await this.outbox.syncNow(JOB_OFFERS_INDEX, [id]);
    return this.withWarnings((await this.offers.findWithEmployer(id))!, lang);
  }

  /** draft → pending_review, by the owner of a verified organisation. */
  async submit(user: AuthenticatedUser, id: string): Promise<JobOfferView> {
    const employer = await this.employers.findByUser(user.id);
    if (!employer) throw new JobOfferNotFoundError();
    return this.transition(user, id, {
      allowed: (offer) => this.assertOwner(offer, employer),
      from: ['draft'],
      verb: 'submitted',
      action: 'job_offer.submit',
      change: { status: 'pending_review', submitted: true, rejectionReason: null },
      precondition: () => {
        if (employer.verificationStatus !== 'verified') throw new EmployerNotVerifiedError('submit offers for publication');
      },
    });
  }

  /** Any status but closed → closed, by the owner or staff; leaves search at once. */
  async close(user: AuthenticatedUser, id: string): Promise<JobOfferView> {
    const employer = user.role === 'employer' ? await this.employers.findByUser(user.id) : null;
    return this.transition(user, id, {
      allowed: (offer) => (user.role === 'staff' ? undefined : this.assertOwner(offer, employer)),
      from: ['draft', 'pending_review', 'published', 'rejected'],
      verb: 'closed',
      action: 'job_offer.close',
      change: { status: 'closed', closed: true },
    });
  }

  /** Staff decision on an offer waiting for review: approve publishes (searchable when this returns). */
  async decide(actor: AuthenticatedUser, id: string, decision: OfferDecision, reason: string | undefined): Promise<JobOfferView> {
    if (decision === 'reject' && !reason?.trim()) throw new InputValidationError('reason is required to reject');
    return this.transition(actor, id, {
      allowed: () => undefined,
      from: ['pending_review'],
      verb: decision === 'approve' ? 'approved' : 'rejected',
      action: `job_offer.${decision}`,
      reason: reason?.trim() || null,
      change:
        decision === 'approve'
          ? { status: 'published', published: true, rejectionReason: null }
          : { status: 'rejected', rejectionReason: reason!.trim() },
      precondition: async (offer) => {
        if (decision !== 'approve') return;
        const owner = await this.employers.findById(offer.employerId);
        if (owner?.verificationStatus !== 'verified') {
          throw new OfferEmployerNotVerifiedError();
        }
      },
      // The employer hears of the decision in its transaction; one notification per review round.
      then: async (manager, offer) => {
        const owner = await this.employers.findById(offer.employerId);
        if (!owner) return;
        const round = `${offer.id}:${offer.version}:${offer.submittedAt?.getTime() ?? 0}`;
        const link = `/employer/offers/${offer.id}`;
        await this.notifications.notify(
          manager,
          decision === 'approve'
            ? {
                recipientUserId: owner.userId,
                type: 'job_offer.approved',
                key: `job_offer.approved:${round}`,
                link,
                params: { offerTitle: offer.title },
              }
            : {
                recipientUserId: owner.userId,
                type: 'job_offer.rejected',
                key: `job_offer.rejected:${round}`,
                link,
                params: { offerTitle: offer.title, reason: reason!.trim() },
              },
        );
      },
    });
  }

  listPendingReview(page: number, limit: number): Promise<[JobOfferEntity[], number]> {
    return this.offers.listPendingReview(page, limit);
  }

  private async transition(
    actor: AuthenticatedUser,
    id: string,
    t: {
      allowed: (offer: JobOfferEntity) => void;
      from: JobOfferStatus[];
      verb: string;
      action: string;
      change: StatusChange;
      reason?: string | null;
      precondition?: (offer: JobOfferEntity) => void | Promise<void>;
      /** More work in the transaction of the change (e.g. a notification). */
      then?: (manager: EntityManager, offer: JobOfferEntity) => Promise<void>;
    },
  ): Promise<JobOfferView> {
    const before = await this.offers.transaction(async (manager) => {
      const offer = await this.offers.findForUpdate(manager, id);
      if (!offer) throw new JobOfferNotFoundError();
      t.allowed(offer);
      if (!t.from.includes(offer.status)) throw new JobOfferTransitionError(t.verb, offer.status);
      await t.precondition?.(offer);
      await this.offers.setStatus(manager, id, t.change);
      await this.audit.record(manager, {
        actor,
        action: t.action,
        entityType: 'job_offer',
        entityId: id,
        reason: t.reason ?? null,
        before: { status: offer.status },
        after: { status: t.change.status },
      });
      await this.outbox.enqueue(manager, JOB_OFFERS_INDEX, [id]);
      await t.then?.(manager, offer);
      return offer.status;
    });
    // Into search on approval, out of it on close: the answer must already be true in search.
    if (before === 'published' || t.change.status === 'published') await this.outbox.syncNow(JOB_OFFERS_INDEX, [id]);
    return toJobOfferView((await this.offers.findWithEmployer(id))!);
  }

  /** The answer to the employer's own create/edit: the offer as saved, plus what it should know about it (e.g. the Blue Card threshold). */
  /** Without `lang`: the labels as stored; with it, the ESCO labels in that language (as the editor shows them). */
  private async withWarnings(offer: JobOfferEntity, lang?: TaxonomyLanguage): Promise<JobOfferWithWarnings> {
    const view = toJobOfferView(offer, lang ? await this.labeller.labels(offerConcepts(offer), lang) : undefined);
    return {
      ...view,
      warnings: await this.warnings.forOffer({ salary: view.salary, visaSponsorship: offer.visaSponsorship, iscoCode: offer.iscoCode }),
    };
  }

  private maySee(user: AuthenticatedUser | undefined, offer: JobOfferEntity): boolean {
    if (offer.status === 'published') return true;
    if (!user) return false;
    if (user.role === 'staff') return true;
    return user.role === 'employer' && offer.employer?.userId === user.id;
  }

  /** Someone else's offer is "not found", never "forbidden". */
  private assertOwner(offer: JobOfferEntity, employer: EmployerEntity | null): void {
    if (!employer || offer.employerId !== employer.id) throw new JobOfferNotFoundError();
  }

  /** Resolves occupation and skills through the taxonomy; fields not in `body` stay undefined. */
  private async content(body: Partial<CreateJobOfferDto>): Promise<Partial<JobOfferContent>> {
    const content: Partial<JobOfferContent> = {
      title: body.title,
      description: body.description,
      languages: body.languages?.map((l) => ({ code: l.code, minLevel: l.minLevel })),
      city: body.city,
      postalCode: body.postalCode,
      workplace: body.workplace,
      contractType: body.contractType,
      visaSponsorship: body.visaSponsorship,
      relocationSupport: body.relocationSupport,
      minDegree: body.minDegree,
      startDate: body.startDate,
    };
    if (body.salary) {
      content.salaryMin = body.salary.min;
      content.salaryMax = body.salary.max;
      content.salaryCurrency = body.salary.currency;
      content.salaryPeriod = body.salary.period;
    }
    if (body.occupation !== undefined) {
      const [occupation] = await this.taxonomy.resolve('occupation', [body.occupation]);
      content.occupationLabel = occupation.label;
      content.occupationUri = occupation.escoUri;
      content.iscoCode = occupation.escoUri ? await this.taxonomyRepository.iscoCodeOf(occupation.escoUri) : null;
    }
    if (body.requiredSkills !== undefined || body.optionalSkills !== undefined) {
      // Both lists are needed to keep a skill out of "optional" when it is required.
      if (body.requiredSkills === undefined || body.optionalSkills === undefined) {
        const single = body.requiredSkills ?? body.optionalSkills ?? [];
        const resolved = dedupe(await this.taxonomy.resolve('skill', single));
        if (body.requiredSkills !== undefined) content.requiredSkills = resolved;
        else content.optionalSkills = resolved;
      } else {
        const resolved = await this.taxonomy.resolve('skill', [...body.requiredSkills, ...body.optionalSkills]);
        const required = dedupe(resolved.slice(0, body.requiredSkills.length));
        const keys = new Set(required.map(conceptKey));
        content.requiredSkills = required;
        content.optionalSkills = dedupe(resolved.slice(body.requiredSkills.length)).filter((c) => !keys.has(conceptKey(c)));
      }
    }
    return content;
  }
}

const conceptKey = (c: StoredConcept) => c.escoUri ?? `text:${normalizeLabel(c.label)}`;

/** One entry per concept (or per free-text label), first occurrence kept. */
function dedupe(concepts: { label: string; escoUri: string | null }[]): StoredConcept[] {
  const seen = new Set<string>();
  const out: StoredConcept[] = [];
  for (const c of concepts) {
    const key = conceptKey(c);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ label: c.label, escoUri: c.escoUri });
  }
  return out;
}

import type { EntityManager } from 'typeorm';
import type { AuditEntry, AuditLogService } from '../audit-log/audit-log.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { OfferWarningsService } from '../blue-card-thresholds/offer-warnings.service';
import { StaleVersionError } from '../common/errors/common.errors';
import { ForbiddenError, InvalidInputError, InvalidStateError, NotFoundError } from '../common/errors/domain-error';
import { EmployerNotVerifiedError } from '../employers/employers.errors';
import type { EmployersService } from '../employers/employers.service';
import type { EmployerEntity, VerificationStatus } from '../employers/entities/employer.entity';
import type { NotificationsService } from '../notifications/notifications.service';
import type { SearchOutboxService } from '../search/indexing/search-outbox.service';
import type { ConceptLabeller } from '../taxonomy/concept-labeller';
import type { TaxonomyRepository } from '../taxonomy/taxonomy.repository';
import type { TaxonomyService } from '../taxonomy/taxonomy.service';
import type { UpdateJobOfferDto } from './dto/job-offer.dto';
import type { JobOfferEntity, JobOfferStatus } from './entities/job-offer.entity';
import { JobOfferNotFoundError, JobOfferTransitionError, OfferEmployerNotVerifiedError } from './job-offers.errors';
import { JOB_OFFERS_INDEX } from './job-offers.index';
import type { JobOffersRepository } from './job-offers.repository';
import { JobOffersService } from './job-offers.service';

const OWNER: AuthenticatedUser = { id: 'user-owner', email: 'hr@elbtal.example', role: 'employer' };
const OTHER: AuthenticatedUser = { id: 'user-other', email: 'hr@other.example', role: 'employer' };
const STAFF: AuthenticatedUser = { id: 'user-staff', email: 'staff@agency.example', role: 'staff' };
const STATUSES: JobOfferStatus[] = ['draft', 'pending_review', 'published', 'rejected', 'closed'];

function employer(userId: string, verificationStatus: VerificationStatus): EmployerEntity {
  return {
    id: `employer-of-${userId}`,
    userId,
    name: 'Elbtal Software GmbH',
    website: null,
    city: 'Dresden',
    postalCode: '01067',
    industry: 'Software',
    size: '10-49',
    description: 'Logistics software',
    registrationNumber: 'HRB 12345',
    verificationStatus,
    rejectionReason: null,
    submittedAt: new Date('2026-01-01T00:00:00Z'),
    verifiedAt: verificationStatus === 'verified' ? new Date('2026-01-02T00:00:00Z') : null,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-01T00:00:00Z'),
    version: 1,
  };
}

function offer(owner: EmployerEntity, status: JobOfferStatus): JobOfferEntity {
  return {
    id: 'offer-1',
    employerId: owner.id,
    employer: owner,
    status,
    title: 'Python-Entwickler/in (m/w/d)',
    description: 'Backend development',
    occupationLabel: 'software developer',
    occupationUri: null,
    iscoCode: null,
    requiredSkills: [{ label: 'Python (computer programming)', escoUri: null }],
    optionalSkills: [],
    languages: [{ code: 'en', minLevel: 'B2' }],
    city: 'Dresden',
    postalCode: '01067',
    workplace: 'hybrid',
    contractType: 'permanent',
    salaryMin: 48000,
    salaryMax: 62000,
    salaryCurrency: 'EUR',
    salaryPeriod: 'year',
    visaSponsorship: false,
    relocationSupport: false,
    minDegree: null,
    startDate: null,
    rejectionReason: status === 'rejected' ? 'Salary range missing' : null,
    submittedAt: null,
    publishedAt: null,
    closedAt: null,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-01T00:00:00Z'),
    version: 1,
  };
}

type Repository = jest.Mocked<
  Pick<JobOffersRepository, 'transaction' | 'findForUpdate' | 'findWithEmployer' | 'setStatus' | 'updateContentIfCurrent'>
>;

/**
 * JobOffersService over typed mocks: one offer row of the owner's organisation
 * (verified unless said otherwise), kept in memory the way the repository stores it.
 */
function setup(status: JobOfferStatus, ownerStatus: VerificationStatus = 'verified') {
  const owner = employer(OWNER.id, ownerStatus);
  const other = employer(OTHER.id, 'verified');
  let row: JobOfferEntity | null = offer(owner, status);
  const manager = { transaction: 'the one of this change' } as unknown as EntityManager;
  const current = () => (row ? { ...row } : null);

  const offers: Repository = {
    transaction: jest.fn(),
    findForUpdate: jest.fn(async (_m, id) => (id === row?.id ? current() : null)),
    findWithEmployer: jest.fn(async (id) => (id === row?.id ? current() : null)),
    setStatus: jest.fn(async (_m, _id, change) => {
      row = { ...row!, status: change.status, version: row!.version + 1 };
      if (change.rejectionReason !== undefined) row.rejectionReason = change.rejectionReason;
    }),
    // What the conditional UPDATE does: only the owner's row at that version and not closed; published → review, rejected → draft.
    updateContentIfCurrent: jest.fn(async (_m, where, content) => {
      if (!row || row.id !== where.id || row.employerId !== where.employerId || row.version !== where.version || row.status === 'closed')
        return null;
      const previousStatus = row.status;
      const next: Partial<Record<JobOfferStatus, JobOfferStatus>> = { published: 'pending_review', rejected: 'draft' };
      row = { ...row, ...(content as Partial<JobOfferEntity>), status: next[previousStatus] ?? previousStatus, version: row.version + 1 };
      return { previousStatus };
    }),
  };
  offers.transaction.mockImplementation((work) => work(manager));
  const employers: jest.Mocked<Pick<EmployersService, 'findByUser' | 'findById'>> = {
    findByUser: jest.fn(async (userId) => [owner, other].find((e) => e.userId === userId) ?? null),
    findById: jest.fn(async (id) => [owner, other].find((e) => e.id === id) ?? null),
  };
  const audit: jest.Mocked<Pick<AuditLogService, 'record'>> = { record: jest.fn().mockResolvedValue(undefined) };
  const outbox: jest.Mocked<Pick<SearchOutboxService, 'enqueue' | 'syncNow'>> = {
    enqueue: jest.fn().mockResolvedValue(undefined),
    syncNow: jest.fn().mockResolvedValue(true),
  };
  const notifications: jest.Mocked<Pick<NotificationsService, 'notify'>> = { notify: jest.fn().mockResolvedValue(true) };
  const warnings: jest.Mocked<Pick<OfferWarningsService, 'forOffer'>> = { forOffer: jest.fn().mockResolvedValue([]) };
  const service = new JobOffersService(
    offers as unknown as JobOffersRepository,
    employers as unknown as EmployersService,
    {} as TaxonomyService, // content edits below change no concepts: nothing to resolve
    {} as TaxonomyRepository,
    audit as unknown as AuditLogService,
    outbox as unknown as SearchOutboxService,
    warnings as unknown as OfferWarningsService,
    {} as ConceptLabeller,
    notifications as unknown as NotificationsService,
  );
  const audited = (): AuditEntry[] => audit.record.mock.calls.map(([, entry]) => entry);
  /** Nothing happened: no status written, no audit entry, nothing queued for search. */
  const nothingWritten = () => {
    expect(offers.setStatus).not.toHaveBeenCalled();
    expect(audit.record).not.toHaveBeenCalled();
    expect(outbox.enqueue).not.toHaveBeenCalled();
    expect(outbox.syncNow).not.toHaveBeenCalled();
  };
  return { service, offers, audit, outbox, notifications, manager, audited, nothingWritten, stored: () => row };
}

type Action = 'submit' | 'approve' | 'reject' | 'close';
const act = (service: JobOffersService, action: Action, id = 'offer-1') => {
  switch (action) {
    case 'submit':
      return service.submit(OWNER, id);
    case 'approve':
      return service.decide(STAFF, id, 'approve', undefined);
    case 'reject':
      return service.decide(STAFF, id, 'reject', '  Please name the team language  ');
    case 'close':
      return service.close(OWNER, id);
  }
};

/** Which status each action leads to, from which statuses (the lifecycle of an offer). */
const LIFECYCLE: Record<Action, { to: JobOfferStatus; from: JobOfferStatus[]; actor: AuthenticatedUser; verb: string }> = {
  submit: { to: 'pending_review', from: ['draft'], actor: OWNER, verb: 'submitted' },
  approve: { to: 'published', from: ['pending_review'], actor: STAFF, verb: 'approved' },
  reject: { to: 'rejected', from: ['pending_review'], actor: STAFF, verb: 'rejected' },
  close: { to: 'closed', from: ['draft', 'pending_review', 'published', 'rejected'], actor: OWNER, verb: 'closed' },
};
const ALLOWED = (Object.keys(LIFECYCLE) as Action[]).flatMap((action) => LIFECYCLE[action].from.map((from) => [action, from] as const));
const REFUSED = (Object.keys(LIFECYCLE) as Action[]).flatMap((action) =>
  STATUSES.filter((from) => !LIFECYCLE[action].from.includes(from)).map((from) => [action, from] as const),
);

describe('JobOffersService: status transitions', () => {
  it('covers every action from every status', () => {
    expect(ALLOWED.length + REFUSED.length).toBe(4 * STATUSES.length);
  });

  it.each(ALLOWED)('%s from %s: new status, audited and queued for search in the same transaction', async (action, from) => {
    const { service, manager, audited, outbox, stored } = setup(from);
    const { to, actor } = LIFECYCLE[action];
    const view = await act(service, action);
    expect(view.status).toBe(to);
    expect(stored()!.status).toBe(to);
    expect(audited()).toEqual([
      {
        actor,
        action: `job_offer.${action}`,
        entityType: 'job_offer',
        entityId: 'offer-1',
        reason: action === 'reject' ? 'Please name the team language' : null,
        before: { status: from },
        after: { status: to },
      },
    ]);
    expect(outbox.enqueue).toHaveBeenCalledWith(manager, JOB_OFFERS_INDEX, ['offer-1']);
  });

  it.each<['approve' | 'reject', Record<string, string>]>([
    ['approve', { offerTitle: expect.any(String) }],
    ['reject', { offerTitle: expect.any(String), reason: 'Please name the team language' }],
  ])('%s: the employer is notified in the same transaction', async (action, params) => {
    const { service, manager, notifications } = setup('pending_review');
    await act(service, action);
    expect(notifications.notify).toHaveBeenCalledTimes(1);
    expect(notifications.notify).toHaveBeenCalledWith(manager, {
      recipientUserId: OWNER.id,
      type: action === 'approve' ? 'job_offer.approved' : 'job_offer.rejected',
      key: expect.stringMatching(new RegExp(`^job_offer\\.${action === 'approve' ? 'approved' : 'rejected'}:offer-1:`)),
      link: '/employer/offers/offer-1',
      params,
    });
  });

  it.each<Action>(['submit', 'close'])('%s notifies nobody', async (action) => {
    const { service, notifications } = setup(action === 'submit' ? 'draft' : 'published');
    await act(service, action);
    expect(notifications.notify).not.toHaveBeenCalled();
  });

  it.each(REFUSED)('%s from %s: refused (InvalidStateError), nothing written', async (action, from) => {
    const { service, nothingWritten } = setup(from);
    const refused = act(service, action);
    await expect(refused).rejects.toBeInstanceOf(JobOfferTransitionError);
    await expect(refused).rejects.toBeInstanceOf(InvalidStateError);
    await expect(refused).rejects.toMatchObject({ code: 'job_offer.invalid_transition' });
    await expect(refused).rejects.toThrow(`A job offer cannot be ${LIFECYCLE[action].verb} while it is ${from}`);
    nothingWritten();
  });

  const NOW = 'search updated before the answer';
  const LATER = 'left to the search worker';
  it.each<[Action, JobOfferStatus, string]>([
    ['approve', 'pending_review', NOW],
    ['close', 'published', NOW],
    ['close', 'draft', LATER],
    ['close', 'pending_review', LATER],
    ['reject', 'pending_review', LATER],
    ['submit', 'draft', LATER],
  ])('%s from %s: %s', async (action, from, when) => {
    const { service, outbox } = setup(from);
    await act(service, action);
    if (when === NOW) expect(outbox.syncNow).toHaveBeenCalledWith(JOB_OFFERS_INDEX, ['offer-1']);
    else expect(outbox.syncNow).not.toHaveBeenCalled();
  });

  it('submit needs a verified organisation (ForbiddenError), and an offer of your own (not found otherwise)', async () => {
    for (const status of ['pending', 'rejected'] as const) {
      const unverified = setup('draft', status);
      await expect(unverified.service.submit(OWNER, 'offer-1')).rejects.toBeInstanceOf(EmployerNotVerifiedError);
      await expect(unverified.service.submit(OWNER, 'offer-1')).rejects.toBeInstanceOf(ForbiddenError);
      await expect(unverified.service.submit(OWNER, 'offer-1')).rejects.toMatchObject({
        code: 'employer.not_verified',
        message: 'Only a verified employer may submit offers for publication; your organisation is not verified yet',
      });
      unverified.nothingWritten();
    }
    const { service, nothingWritten } = setup('draft');
    await expect(service.submit(OTHER, 'offer-1')).rejects.toBeInstanceOf(JobOfferNotFoundError);
    await expect(service.submit({ ...OTHER, id: 'user-without-organisation' }, 'offer-1')).rejects.toBeInstanceOf(JobOfferNotFoundError);
    await expect(service.submit(OWNER, 'offer-unknown')).rejects.toBeInstanceOf(NotFoundError);
    await expect(service.submit(OTHER, 'offer-1')).rejects.toMatchObject({ code: 'job_offer.not_found' });
    nothingWritten();
  });

  it('approving needs the employer to be verified still (InvalidStateError); rejecting does not', async () => {
    const lapsed = setup('pending_review', 'pending');
    await expect(lapsed.service.decide(STAFF, 'offer-1', 'approve', undefined)).rejects.toThrow('its employer is not verified');
    await expect(lapsed.service.decide(STAFF, 'offer-1', 'approve', undefined)).rejects.toBeInstanceOf(InvalidStateError);
    await expect(lapsed.service.decide(STAFF, 'offer-1', 'approve', undefined)).rejects.toBeInstanceOf(OfferEmployerNotVerifiedError);
    await expect(lapsed.service.decide(STAFF, 'offer-1', 'approve', undefined)).rejects.toMatchObject({
      code: 'job_offer.employer_not_verified',
    });
    lapsed.nothingWritten();
    await expect(lapsed.service.decide(STAFF, 'offer-1', 'reject', 'not verified')).resolves.toMatchObject({ status: 'rejected' });
  });

  it.each([undefined, '', '  '])('rejecting needs a reason (%p): InvalidInputError before anything is read', async (reason) => {
    const { service, offers, nothingWritten } = setup('pending_review');
    await expect(service.decide(STAFF, 'offer-1', 'reject', reason)).rejects.toBeInstanceOf(InvalidInputError);
    await expect(service.decide(STAFF, 'offer-1', 'reject', reason)).rejects.toMatchObject({ code: 'validation.failed' });
    expect(offers.transaction).not.toHaveBeenCalled();
    nothingWritten();
  });

  it('a rejection carries its trimmed reason; approving clears it', async () => {
    const rejected = setup('pending_review');
    expect(await rejected.service.decide(STAFF, 'offer-1', 'reject', '  Salary range missing  ')).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Salary range missing',
    });
    expect(rejected.offers.setStatus).toHaveBeenCalledWith(expect.anything(), 'offer-1', {
      status: 'rejected',
      rejectionReason: 'Salary range missing',
    });
    const approved = setup('pending_review');
    await approved.service.decide(STAFF, 'offer-1', 'approve', undefined);
    expect(approved.offers.setStatus).toHaveBeenCalledWith(expect.anything(), 'offer-1', {
      status: 'published',
      published: true,
      rejectionReason: null,
    });
  });

  it('staff may close any offer; another employer may not (not found, never forbidden)', async () => {
    const byStaff = setup('published');
    await expect(byStaff.service.close(STAFF, 'offer-1')).resolves.toMatchObject({ status: 'closed' });
    expect(byStaff.audited()).toEqual([
      expect.objectContaining({ actor: STAFF, action: 'job_offer.close', before: { status: 'published' } }),
    ]);
    const byOther = setup('published');
    await expect(byOther.service.close(OTHER, 'offer-1')).rejects.toBeInstanceOf(JobOfferNotFoundError);
    byOther.nothingWritten();
  });
});

describe('JobOffersService.update (edit)', () => {
  const edit = (version: number, changes: Partial<UpdateJobOfferDto> = { title: 'Senior Python-Entwickler/in' }) =>
    ({ version, ...changes }) as UpdateJobOfferDto;

  it('editing a published offer sends it back to review, audited, and out of search before the answer', async () => {
    const { service, manager, audited, outbox } = setup('published');
    const view = await service.update(OWNER, 'offer-1', edit(1));
    expect(view).toMatchObject({ status: 'pending_review', title: 'Senior Python-Entwickler/in', version: 2, warnings: [] });
    expect(audited()).toEqual([
      {
        actor: OWNER,
        action: 'job_offer.edit_published',
        entityType: 'job_offer',
        entityId: 'offer-1',
        reason: 'edited while published: back to review',
        before: { status: 'published' },
        after: { status: 'pending_review' },
      },
    ]);
    expect(outbox.enqueue).toHaveBeenCalledWith(manager, JOB_OFFERS_INDEX, ['offer-1']);
    expect(outbox.syncNow).toHaveBeenCalledWith(JOB_OFFERS_INDEX, ['offer-1']);
  });

  it.each<JobOfferStatus>(['draft', 'pending_review', 'rejected'])(
    'editing a %s offer: no audit entry, left to the search worker',
    async (from) => {
      const { service, audited, outbox } = setup(from);
      expect(await service.update(OWNER, 'offer-1', edit(1))).toMatchObject({ title: 'Senior Python-Entwickler/in', version: 2 });
      expect(audited()).toEqual([]);
      expect(outbox.enqueue).toHaveBeenCalledTimes(1);
      expect(outbox.syncNow).not.toHaveBeenCalled();
    },
  );

  it('a stale version is StaleVersionError and changes nothing', async () => {
    const { service, audited, outbox, stored } = setup('published');
    await expect(service.update(OWNER, 'offer-1', edit(7))).rejects.toMatchObject({ name: StaleVersionError.name, code: 'version.stale' });
    expect(stored()).toMatchObject({ status: 'published', title: 'Python-Entwickler/in (m/w/d)', version: 1 });
    expect(audited()).toEqual([]);
    expect(outbox.enqueue).not.toHaveBeenCalled();
  });

  it('a closed offer cannot be edited (InvalidStateError, whatever the version)', async () => {
    const { service, stored } = setup('closed');
    await expect(service.update(OWNER, 'offer-1', edit(1))).rejects.toThrow('A job offer cannot be edited while it is closed');
    await expect(service.update(OWNER, 'offer-1', edit(5))).rejects.toBeInstanceOf(InvalidStateError);
    await expect(service.update(OWNER, 'offer-1', edit(5))).rejects.toMatchObject({ code: 'job_offer.invalid_transition' });
    expect(stored()!.title).toBe('Python-Entwickler/in (m/w/d)');
  });

  it("another employer's offer, an unknown one, or no organisation: not found", async () => {
    const { service, stored } = setup('draft');
    await expect(service.update(OTHER, 'offer-1', edit(1))).rejects.toBeInstanceOf(JobOfferNotFoundError);
    await expect(service.update(OWNER, 'offer-unknown', edit(1))).rejects.toBeInstanceOf(JobOfferNotFoundError);
    await expect(service.update({ ...OTHER, id: 'user-without-organisation' }, 'offer-1', edit(1))).rejects.toBeInstanceOf(
      JobOfferNotFoundError,
    );
    expect(stored()!.version).toBe(1);
  });

  it('null for a field that must keep a value is InvalidInputError naming it; nothing is read or written', async () => {
    const { service, offers } = setup('draft');
    const nulls = { title: null, salary: null } as unknown as Partial<UpdateJobOfferDto>;
    await expect(service.update(OWNER, 'offer-1', edit(1, nulls))).rejects.toThrow('title must not be null; salary must not be null');
    await expect(service.update(OWNER, 'offer-1', edit(1, nulls))).rejects.toBeInstanceOf(InvalidInputError);
    await expect(service.update(OWNER, 'offer-1', edit(1, nulls))).rejects.toMatchObject({ code: 'validation.failed' });
    expect(offers.transaction).not.toHaveBeenCalled();
  });
});

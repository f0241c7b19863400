import type { EntityManager } from 'typeorm';
import type { AuditEntry, AuditLogService } from '../audit-log/audit-log.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { StaleVersionError } from '../common/errors/common.errors';
import { InvalidInputError, InvalidStateError, NotFoundError } from '../common/errors/domain-error';
import type { HookRegistry } from '../common/hooks/hook.registry';
import type { NotificationsService } from '../notifications/notifications.service';
import type { UpsertEmployerDto } from './dto/upsert-employer.dto';
import { EMPLOYER_CHANGED, type EmployerChange, type EmployerChangedHandler } from './employer-changed.hook';
import type { EmployersRepository } from './employers.repository';
import { EmployersService } from './employers.service';
import type { EmployerEntity, VerificationStatus } from './entities/employer.entity';

const OWNER: AuthenticatedUser = { id: 'user-1', email: 'hr@elbtal.example', role: 'employer' };
const STAFF: AuthenticatedUser = { id: 'staff-1', email: 'staff@agency.example', role: 'staff' };

function organisation(overrides: Partial<EmployerEntity> = {}): EmployerEntity {
  return {
    id: 'employer-1',
    userId: OWNER.id,
    name: 'Elbtal Software GmbH',
    website: 'https://elbtal-software.example',
    city: 'Dresden',
    postalCode: '01067',
    industry: 'Software',
    size: '10-49',
    description: 'We build logistics software in Dresden.',
    registrationNumber: 'HRB 12345',
    verificationStatus: 'pending',
    rejectionReason: null,
    submittedAt: new Date('2026-01-01T00:00:00Z'),
    verifiedAt: null,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-01T00:00:00Z'),
    version: 1,
    ...overrides,
  };
}

/** The body of PUT /employers/me for the organisation above, with `changes`. */
function body(changes: Partial<UpsertEmployerDto> = {}): UpsertEmployerDto {
  return {
    name: 'Elbtal Software GmbH',
    website: 'https://elbtal-software.example',
    city: 'Dresden',
    postalCode: '01067',
    industry: 'Software',
    size: '10-49',
    description: 'We build logistics software in Dresden.',
    registrationNumber: 'HRB 12345',
    ...changes,
  };
}

type Repository = jest.Mocked<
  Pick<EmployersRepository, 'transaction' | 'findByUserForUpdate' | 'findByIdForUpdate' | 'create' | 'replace' | 'setStatus'>
>;

/**
 * The service over typed mocks that keep rows in memory the way the repository
 * stores them; `events` records the transaction, announcements and after-commit work in order.
 */
function setup(existing?: EmployerEntity) {
  const rows = new Map<string, EmployerEntity>(existing ? [[existing.id, { ...existing }]] : []);
  const events: string[] = [];
  const manager = { transaction: 'the one of this change' } as unknown as EntityManager;
  const stored = (id: string) => rows.get(id)!;
  const repo: Repository = {
    transaction: jest.fn(),
    findByUserForUpdate: jest.fn(async (_m, userId) => [...rows.values()].find((r) => r.userId === userId) ?? null),
    findByIdForUpdate: jest.fn(async (_m, id) => rows.get(id) ?? null),
    create: jest.fn(async (_m, userId, fields) => {
      const row = organisation({ id: 'employer-new', userId, ...fields, verificationStatus: 'pending' });
      rows.set(row.id, row);
      return row;
    }),
    replace: jest.fn(async (_m, id, fields, status) => {
      const row = { ...stored(id), ...fields, version: stored(id).version + 1 };
      if (status) Object.assign(row, { verificationStatus: status.verificationStatus, rejectionReason: status.rejectionReason });
      if (status?.verifiedAt !== undefined) row.verifiedAt = status.verifiedAt;
      rows.set(id, row);
      return row;
    }),
    setStatus: jest.fn(async (_m, id, status) => {
      const row = {
        ...stored(id),
        verificationStatus: status.verificationStatus,
        rejectionReason: status.rejectionReason,
        version: stored(id).version + 1,
      };
      if (status.verifiedAt !== undefined) row.verifiedAt = status.verifiedAt;
      rows.set(id, row);
      return row;
    }),
  };
  repo.transaction.mockImplementation(async (work) => {
    events.push('begin');
    const result = await work(manager);
    events.push('commit');
    return result;
  });
  const audit: jest.Mocked<Pick<AuditLogService, 'record'>> = { record: jest.fn().mockResolvedValue(undefined) };
  /** A feature following its employers (job offers do): records what it was told, asks for work after the commit. */
  const announced: { manager: EntityManager; change: EmployerChange }[] = [];
  const follower: jest.Mocked<EmployerChangedHandler> = {
    employerChanged: jest.fn(async (m, change) => {
      announced.push({ manager: m, change });
      events.push('announced');
      return async () => {
        events.push('after commit');
      };
    }),
  };
  const hooks: jest.Mocked<Pick<HookRegistry, 'handlersOf'>> = { handlersOf: jest.fn() };
  const notifications: jest.Mocked<Pick<NotificationsService, 'notify'>> = { notify: jest.fn().mockResolvedValue(true) };
  hooks.handlersOf.mockImplementation((hook) => (hook === EMPLOYER_CHANGED ? [follower] : []));
  const service = new EmployersService(
    repo as unknown as EmployersRepository,
    audit as unknown as AuditLogService,
    hooks as unknown as HookRegistry,
    notifications as unknown as NotificationsService,
  );
  const audited = (): AuditEntry[] => audit.record.mock.calls.map(([, entry]) => entry);
  const notified = () => notifications.notify.mock.calls.map(([m, event]) => ({ sameTransaction: m === manager, ...event }));
  return { service, repo, rows, events, manager, audit, audited, announced, notified };
}

describe('EmployersService.upsertMine', () => {
  it('creates a new organisation as pending, without audit entry or announcement', async () => {
    const { service, repo, audited, announced } = setup();
    const view = await service.upsertMine(OWNER, body({ website: undefined, registrationNumber: undefined }));
    expect(view).toMatchObject({ id: 'employer-new', verificationStatus: 'pending', website: null, registrationNumber: null, version: 1 });
    expect(repo.create).toHaveBeenCalledWith(
      expect.anything(),
      OWNER.id,
      expect.objectContaining({ name: 'Elbtal Software GmbH', website: null }),
    );
    expect(audited()).toEqual([]);
    expect(announced).toEqual([]);
  });

  it.each([
    ['no version', undefined, 'created'],
    ['version 1', 1, 'created'],
    ['version 2', 2, 'stale'],
  ])('first PUT with %s: %s', async (_what, version, outcome) => {
    const { service, repo } = setup();
    const upsert = service.upsertMine(OWNER, body({ version }));
    if (outcome === 'created') await expect(upsert).resolves.toMatchObject({ verificationStatus: 'pending' });
    else await expect(upsert).rejects.toMatchObject({ name: StaleVersionError.name, code: 'version.stale' });
    expect(repo.create).toHaveBeenCalledTimes(outcome === 'created' ? 1 : 0);
  });

  it('refuses a stale version and changes nothing: no write, no audit entry, no announcement', async () => {
    const { service, repo, rows, audited, announced } = setup(organisation({ verificationStatus: 'verified', version: 3 }));
    await expect(service.upsertMine(OWNER, body({ name: 'Lost Update GmbH', version: 2 }))).rejects.toMatchObject({
      name: StaleVersionError.name,
      code: 'version.stale',
    });
    expect(repo.replace).not.toHaveBeenCalled();
    expect(rows.get('employer-1')).toMatchObject({ name: 'Elbtal Software GmbH', verificationStatus: 'verified', version: 3 });
    expect(audited()).toEqual([]);
    expect(announced).toEqual([]);
  });

  it('accepts the current version, or none, on an edit', async () => {
    const { service } = setup(organisation({ version: 3 }));
    await expect(service.upsertMine(OWNER, body({ description: 'First edit', version: 3 }))).resolves.toMatchObject({
      version: 4,
      description: 'First edit',
    });
    await expect(service.upsertMine(OWNER, body({ description: 'Second edit' }))).resolves.toMatchObject({
      version: 5,
      description: 'Second edit',
    });
  });

  type Expected = {
    status: VerificationStatus;
    /** The reason of the employer.resubmit audit entry; null: no entry. */
    resubmitted: string | null;
    /** What EMPLOYER_CHANGED handlers are told; null: nothing announced. */
    announced: Pick<EmployerChange, 'verificationLostReason' | 'nameChanged'> | null;
  };
  it.each<[string, VerificationStatus, Partial<UpsertEmployerDto>, Expected]>([
    ['pending, ordinary edit', 'pending', { description: 'We grew' }, { status: 'pending', resubmitted: null, announced: null }],
    [
      'pending, new name',
      'pending',
      { name: 'Elbtal Software AG' },
      { status: 'pending', resubmitted: null, announced: { verificationLostReason: null, nameChanged: true } },
    ],
    [
      'rejected, any edit',
      'rejected',
      { description: 'Now with the register entry' },
      { status: 'pending', resubmitted: 'edited after rejection', announced: null },
    ],
    [
      'rejected, new registration number',
      'rejected',
      { registrationNumber: 'HRB 54321' },
      { status: 'pending', resubmitted: 'edited after rejection', announced: null },
    ],
    [
      'verified, ordinary edit',
      'verified',
      { description: 'We grew', size: '50-249', website: undefined },
      { status: 'verified', resubmitted: null, announced: null },
    ],
    [
      'verified, new registration number',
      'verified',
      { registrationNumber: 'HRB 54321' },
      {
        status: 'pending',
        resubmitted: 'legal identity changed',
        announced: { verificationLostReason: 'legal identity changed', nameChanged: false },
      },
    ],
    [
      'verified, registration number removed',
      'verified',
      { registrationNumber: undefined },
      {
        status: 'pending',
        resubmitted: 'legal identity changed',
        announced: { verificationLostReason: 'legal identity changed', nameChanged: false },
      },
    ],
    [
      'verified, new name',
      'verified',
      { name: 'Elbtal Software AG' },
      {
        status: 'pending',
        resubmitted: 'legal identity changed',
        announced: { verificationLostReason: 'legal identity changed', nameChanged: true },
      },
    ],
  ])('%s', async (_case, from, changes, expected) => {
    const current = organisation({
      verificationStatus: from,
      rejectionReason: from === 'rejected' ? 'Not in the Handelsregister' : null,
      verifiedAt: from === 'verified' ? new Date('2026-01-02T00:00:00Z') : null,
    });
    const { service, manager, audited, announced } = setup(current);

    const view = await service.upsertMine(OWNER, body(changes));

    expect(view.verificationStatus).toBe(expected.status);
    if (expected.status === 'pending') expect(view.rejectionReason).toBeNull();
    if (from === 'verified' && expected.status === 'pending') expect(view.verifiedAt).toBeNull();
    expect(audited()).toEqual(
      expected.resubmitted === null
        ? []
        : [
            {
              actor: OWNER,
              action: 'employer.resubmit',
              entityType: 'employer',
              entityId: current.id,
              reason: expected.resubmitted,
              before: { verificationStatus: from },
              after: { verificationStatus: 'pending' },
            },
          ],
    );
    expect(announced).toEqual(
      expected.announced === null ? [] : [{ manager, change: { employerId: current.id, actor: OWNER, ...expected.announced } }],
    );
  });

  it('records the audit entry and tells the followers inside the transaction of the change; their after-commit work runs after it', async () => {
    const { service, manager, audit, events } = setup(organisation({ verificationStatus: 'verified' }));
    await service.upsertMine(OWNER, body({ name: 'Elbtal Software AG' }));
    expect(audit.record).toHaveBeenCalledWith(manager, expect.objectContaining({ action: 'employer.resubmit' }));
    expect(events).toEqual(['begin', 'announced', 'commit', 'after commit']);
  });
});

describe('EmployersService.decide', () => {
  it('verifies a pending organisation: verified, audited, nothing announced', async () => {
    const { service, audited, announced } = setup(organisation());
    const view = await service.decide(STAFF, 'employer-1', 'verify', '  checked the register  ');
    expect(view).toMatchObject({ verificationStatus: 'verified', rejectionReason: null, verifiedAt: expect.any(Date) });
    expect(audited()).toEqual([
      {
        actor: STAFF,
        action: 'employer.verify',
        entityType: 'employer',
        entityId: 'employer-1',
        reason: 'checked the register',
        before: { verificationStatus: 'pending' },
        after: { verificationStatus: 'verified' },
      },
    ]);
    expect(announced).toEqual([]);
  });

  it.each([
    ['verify', 'pending', 'employer.verified', { employerName: 'Elbtal Software GmbH' }],
    ['reject', 'pending', 'employer.rejected', { employerName: 'Elbtal Software GmbH', reason: 'No such company', revoked: false }],
    ['reject', 'verified', 'employer.rejected', { employerName: 'Elbtal Software GmbH', reason: 'No such company', revoked: true }],
  ] as const)('%s of a %s organisation notifies its owner (%s) in the transaction', async (decision, status, type, params) => {
    const { service, notified } = setup(organisation({ verificationStatus: status }));
    await service.decide(STAFF, 'employer-1', decision, ' No such company ');
    expect(notified()).toEqual([
      {
        sameTransaction: true,
        recipientUserId: OWNER.id,
        type,
        key: expect.stringMatching(/^employer\.(verified|rejected):employer-1:/),
        link: '/employer/organisation',
        params,
      },
    ]);
  });

  it('verifies without a reason (the audit entry has none)', async () => {
    const { service, audited } = setup(organisation());
    await service.decide(STAFF, 'employer-1', 'verify', undefined);
    expect(audited()).toEqual([expect.objectContaining({ action: 'employer.verify', reason: null })]);
  });

  it('rejects a pending organisation with the reason shown to the employer; nothing announced', async () => {
    const { service, audited, announced } = setup(organisation());
    const view = await service.decide(STAFF, 'employer-1', 'reject', ' Not in the Handelsregister ');
    expect(view).toMatchObject({ verificationStatus: 'rejected', rejectionReason: 'Not in the Handelsregister', verifiedAt: null });
    expect(audited()).toEqual([
      expect.objectContaining({
        action: 'employer.reject',
        reason: 'Not in the Handelsregister',
        before: { verificationStatus: 'pending' },
        after: { verificationStatus: 'rejected' },
      }),
    ]);
    expect(announced).toEqual([]);
  });

  it('revokes a verified organisation: rejected, audited as employer.revoke, and the followers told in the transaction', async () => {
    const { service, manager, audited, announced, events } = setup(
      organisation({ verificationStatus: 'verified', verifiedAt: new Date() }),
    );
    const view = await service.decide(STAFF, 'employer-1', 'reject', 'Handelsregister entry deleted');
    expect(view).toMatchObject({ verificationStatus: 'rejected', rejectionReason: 'Handelsregister entry deleted', verifiedAt: null });
    expect(audited()).toEqual([
      expect.objectContaining({
        actor: STAFF,
        action: 'employer.revoke',
        reason: 'Handelsregister entry deleted',
        before: { verificationStatus: 'verified' },
        after: { verificationStatus: 'rejected' },
      }),
    ]);
    expect(announced).toEqual([
      {
        manager,
        change: { employerId: 'employer-1', actor: STAFF, verificationLostReason: 'employer verification revoked', nameChanged: false },
      },
    ]);
    expect(events).toEqual(['begin', 'announced', 'commit', 'after commit']);
  });

  it.each([undefined, '', '   '])('refuses to reject without a reason (%p), before reading anything', async (reason) => {
    const { service, repo, rows } = setup(organisation());
    const refused = service.decide(STAFF, 'employer-1', 'reject', reason);
    await expect(refused).rejects.toBeInstanceOf(InvalidInputError);
    await expect(refused).rejects.toMatchObject({ code: 'validation.failed', message: 'reason is required to reject' });
    expect(repo.transaction).not.toHaveBeenCalled();
    expect(rows.get('employer-1')!.verificationStatus).toBe('pending');
  });

  it.each<[VerificationStatus, 'verify' | 'reject']>([
    ['verified', 'verify'],
    ['rejected', 'verify'],
    ['rejected', 'reject'],
  ])('refuses to decide on a %s organisation (%s): InvalidStateError, nothing written', async (status, decision) => {
    const { service, repo, audited, announced } = setup(organisation({ verificationStatus: status }));
    const refused = service.decide(STAFF, 'employer-1', decision, 'a reason');
    await expect(refused).rejects.toBeInstanceOf(InvalidStateError);
    await expect(refused).rejects.toMatchObject({ code: 'employer.not_pending' });
    expect(repo.setStatus).not.toHaveBeenCalled();
    expect(audited()).toEqual([]);
    expect(announced).toEqual([]);
  });

  it('answers NotFoundError for an unknown organisation', async () => {
    const { service } = setup(organisation());
    const refused = service.decide(STAFF, 'employer-unknown', 'verify', undefined);
    await expect(refused).rejects.toBeInstanceOf(NotFoundError);
    await expect(refused).rejects.toMatchObject({ code: 'employer.not_found' });
  });
});

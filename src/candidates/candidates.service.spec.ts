import type { ConfigService } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { UsersRepository } from '../auth/users.repository';
import { StaleVersionError } from '../common/errors/common.errors';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-error';
import type { HookRegistry } from '../common/hooks/hook.registry';
import type { AppConfig } from '../config/app-config';
import type { EmployersService } from '../employers/employers.service';
import type { SearchOutboxService } from '../search/indexing/search-outbox.service';
import type { ConceptLabeller } from '../taxonomy/concept-labeller';
import type { TaxonomyService } from '../taxonomy/taxonomy.service';
import { CANDIDATES_INDEX } from './candidates.index';
import { CandidateProfileNotFoundError } from './candidates.errors';
import type { CandidatesRepository, ProfileData } from './candidates.repository';
import { PlacesService } from '../places/places.service';
import { CandidatesService } from './candidates.service';
import type { PatchCandidateProfileDto, PutCandidateProfileDto } from './dto/candidate-profile.dto';
import type { CandidateProfileEntity } from './entities/candidate-profile.entity';

const CANDIDATE: AuthenticatedUser = { id: 'user-1', email: 'olena@example.org', role: 'candidate' };

function storedProfile(version: number): CandidateProfileEntity {
  return {
    id: 'profile-1',
    userId: CANDIDATE.id,
    firstName: 'Olena',
    lastName: 'Kovalenko',
    headline: 'Backend developer',
    summary: 'Builds services',
    countryOfOrigin: 'UA',
    residenceCountry: 'PL',
    degrees: [],
    skills: [{ label: 'Python', escoUri: null }],
    languages: [{ code: 'de', level: 'B2' }],
    desiredOccupations: [],
    preferredCities: ['Dresden'],
    preferredCityAgs: ['14612000'],
    openToRemote: true,
    crossBorderCommuter: false,
    availableFrom: null,
    workPermit: 'needs_visa',
    citizenships: [],
    residenceTitle: null,
    experience: [],
    salaryMin: 52000,
    salaryCurrency: 'EUR',
    visibility: 'employers',
    hiddenByStaffAt: null,
    hiddenByStaffReason: null,
    retentionHiddenAt: null,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-01T00:00:00Z'),
    version,
  };
}

type Repository = jest.Mocked<Pick<CandidatesRepository, 'inTransaction' | 'insert' | 'update' | 'findByUserId'>>;

/**
 * CandidatesService over typed mocks: the candidate's profile (at `version`, or
 * none) kept in memory the way the repository's conditional insert and update treat it.
 */
function setup(version: number | null) {
  let row: CandidateProfileEntity | null = version === null ? null : storedProfile(version);
  /** What reached the row, in order: the data of an insert, the changes of an update. */
  const written: Partial<ProfileData>[] = [];
  const manager = { transaction: 'the one of this change' } as unknown as EntityManager;
  const repository: Repository = {
    inTransaction: jest.fn(),
    // INSERT … ON CONFLICT DO NOTHING: null when the candidate has a profile already.
    insert: jest.fn(async (_m, userId, data) => {
      if (row) return null;
      written.push(data);
      row = { ...storedProfile(1), ...data, userId };
      return { ...row };
    }),
    // UPDATE … WHERE user_id = $1 [AND version = $2]: null when nothing matched.
    update: jest.fn(async (_m, _userId, changes, expectedVersion) => {
      if (!row || (expectedVersion !== undefined && row.version !== expectedVersion)) return null;
      written.push(changes);
      row = { ...row, ...changes, retentionHiddenAt: null, version: row.version + 1 };
      return { ...row };
    }),
    findByUserId: jest.fn(async (_userId) => (row ? { ...row } : null)),
  };
  repository.inTransaction.mockImplementation((work) => work(manager));
  const outbox: jest.Mocked<Pick<SearchOutboxService, 'enqueue' | 'syncNow'>> = {
    enqueue: jest.fn().mockResolvedValue(undefined),
    syncNow: jest.fn().mockResolvedValue(true),
  };
  // Every input stays free text: the taxonomy has its own specs.
  const taxonomy: jest.Mocked<Pick<TaxonomyService, 'resolve'>> = { resolve: jest.fn() };
  taxonomy.resolve.mockImplementation(async (_kind, inputs) => inputs.map((label) => ({ label, escoUri: null, lang: null })));
  const service = new CandidatesService(
    repository as unknown as CandidatesRepository,
    {} as UsersRepository, // asked only for a retention notice, and no profile here is retention-hidden
    taxonomy as unknown as TaxonomyService,
    outbox as unknown as SearchOutboxService,
    {} as EmployersService,
    {} as HookRegistry,
    {} as ConfigService<AppConfig, true>,
    {} as ConceptLabeller,
    new PlacesService(), // the real one: pure, over the shipped official data
  );
  return { service, repository, outbox, manager, stored: () => row, written: () => written };
}

const putBody = (version?: number): PutCandidateProfileDto => ({
  firstName: 'Ana',
  lastName: 'Nowak',
  skills: ['SQL'],
  visibility: 'employers',
  version,
});

describe('CandidatesService.put (create or replace the whole profile)', () => {
  it.each<[string, 'created' | 'replaced' | 'stale', number | null, number | undefined]>([
    ['first PUT without a version', 'created', null, undefined],
    ['first PUT with a version (nothing to be stale against)', 'created', null, 3],
    ['PUT without a version over a profile', 'replaced', 2, undefined],
    ['PUT with the current version', 'replaced', 2, 2],
    ['PUT with an older version', 'stale', 2, 1],
    ['PUT with a version ahead of the stored one', 'stale', 2, 3],
  ])('%s: %s', async (_case, outcome, existing, sent) => {
    const { service, outbox, manager, stored } = setup(existing);
    const saving = service.put(CANDIDATE, putBody(sent));
    if (outcome === 'stale') {
      await expect(saving).rejects.toMatchObject({ name: StaleVersionError.name, code: 'version.stale' });
      expect(stored()).toMatchObject({ firstName: 'Olena', version: existing });
      expect(outbox.enqueue).not.toHaveBeenCalled();
      expect(outbox.syncNow).not.toHaveBeenCalled();
      return;
    }
    const view = await saving;
    expect(view).toMatchObject({
      id: 'profile-1',
      firstName: 'Ana',
      lastName: 'Nowak',
      email: CANDIDATE.email,
      version: outcome === 'created' ? 1 : existing! + 1,
    });
    expect(stored()).toMatchObject({ firstName: 'Ana', version: view.version });
    // Into the search index in the same transaction, and searchable (or not) when the answer comes.
    expect(outbox.enqueue).toHaveBeenCalledWith(manager, CANDIDATES_INDEX, ['profile-1']);
    expect(outbox.syncNow).toHaveBeenCalledWith(CANDIDATES_INDEX, ['profile-1']);
  });

  it('a first PUT with a version that loses the race to another first PUT is stale, not a second profile', async () => {
    const { service, repository, outbox } = setup(null);
    repository.insert.mockResolvedValueOnce(null); // the other PUT inserted between our update and our insert
    await expect(service.put(CANDIDATE, putBody(1))).rejects.toMatchObject({ name: StaleVersionError.name, code: 'version.stale' });
    expect(outbox.enqueue).not.toHaveBeenCalled();
  });

  it('replaces the whole profile: what the body leaves out is cleared, visibility defaults to hidden', async () => {
    const { service, written } = setup(2);
    const view = await service.put(CANDIDATE, { firstName: 'Ana', lastName: 'Nowak' });
    expect(written()).toEqual([
      expect.objectContaining({
        headline: null,
        skills: [],
        languages: [],
        preferredCities: [],
        preferredCityAgs: [],
        salaryMin: null,
        salaryCurrency: null,
        workPermit: null,
        visibility: 'hidden',
      }),
    ]);
    expect(view).toMatchObject({ visibility: 'hidden', searchable: false, skills: [], salaryExpectation: null });
  });
});

describe('CandidatesService.patch (change some fields, version required)', () => {
  const patchBody = (version: number, fields: Partial<PatchCandidateProfileDto> = { headline: 'Data engineer' }) =>
    ({ version, ...fields }) as PatchCandidateProfileDto;

  it('with the current version: changes only the given fields and bumps the version', async () => {
    const { service, outbox, manager, stored, written } = setup(2);
    const view = await service.patch(
      CANDIDATE,
      patchBody(2, { headline: 'Data engineer', preferredCities: ['Leipzig', 'leipzig', '14626110'] }),
    );
    expect(written()).toEqual([
      { headline: 'Data engineer', preferredCities: ['Leipzig', 'Görlitz'], preferredCityAgs: ['14713000', '14626110'] },
    ]);
    expect(view).toMatchObject({ version: 3, headline: 'Data engineer', firstName: 'Olena', preferredCities: ['Leipzig', 'Görlitz'] });
    expect(stored()).toMatchObject({ version: 3, summary: 'Builds services' });
    expect(outbox.enqueue).toHaveBeenCalledWith(manager, CANDIDATES_INDEX, ['profile-1']);
    expect(outbox.syncNow).toHaveBeenCalledWith(CANDIDATES_INDEX, ['profile-1']);
  });

  it('a preferred city outside Saxony is a 400 naming preferredCities, and nothing is written', async () => {
    const { service, written } = setup(2);
    await expect(service.patch(CANDIDATE, patchBody(2, { preferredCities: ['Pirna', 'Wroclaw'] }))).rejects.toMatchObject({
      code: 'validation.failed',
      message: 'preferredCities.1 is not a Saxon municipality: "Wroclaw"',
    });
    expect(written()).toEqual([]);
  });

  it.each([1, 3])('with a stale version (%p, stored 2): StaleVersionError, nothing changed or queued', async (version) => {
    const { service, outbox, stored } = setup(2);
    await expect(service.patch(CANDIDATE, patchBody(version))).rejects.toMatchObject({
      name: StaleVersionError.name,
      code: 'version.stale',
    });
    expect(stored()).toMatchObject({ headline: 'Backend developer', version: 2 });
    expect(outbox.enqueue).not.toHaveBeenCalled();
  });

  it('without a profile: not found (a PATCH never creates one)', async () => {
    const { service, repository, stored } = setup(null);
    const patching = service.patch(CANDIDATE, patchBody(1));
    await expect(patching).rejects.toBeInstanceOf(CandidateProfileNotFoundError);
    await expect(patching).rejects.toBeInstanceOf(NotFoundError);
    await expect(patching).rejects.toMatchObject({ code: 'candidate_profile.not_found' });
    expect(repository.insert).not.toHaveBeenCalled();
    expect(stored()).toBeNull();
  });

  it('null for a field that must keep a value is InvalidInputError naming each; nothing is written', async () => {
    const { service, repository } = setup(2);
    const nulls = { firstName: null, skills: null, headline: null } as unknown as Partial<PatchCandidateProfileDto>;
    await expect(service.patch(CANDIDATE, patchBody(2, nulls))).rejects.toThrow('firstName must not be null; skills must not be null');
    await expect(service.patch(CANDIDATE, patchBody(2, nulls))).rejects.toBeInstanceOf(InvalidInputError);
    await expect(service.patch(CANDIDATE, patchBody(2, nulls))).rejects.toMatchObject({ code: 'validation.failed' });
    expect(repository.inTransaction).not.toHaveBeenCalled();
  });

  it('null clears a field that may be empty (headline, salary expectation)', async () => {
    const { service, written } = setup(2);
    const view = await service.patch(CANDIDATE, patchBody(2, { headline: null, salaryExpectation: null }));
    expect(written()).toEqual([{ headline: null, salaryMin: null, salaryCurrency: null }]);
    expect(view).toMatchObject({ headline: null, salaryExpectation: null, version: 3 });
  });
});

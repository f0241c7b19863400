import { Injectable } from '@nestjs/common';
import { HookRegistry } from '../common/hooks/hook.registry';
import { EmployerNotVerifiedError } from '../employers/employers.errors';
import { EmployersService } from '../employers/employers.service';
import { ConfigService } from '@nestjs/config';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { UsersRepository } from '../auth/users.repository';
import { InputValidationError, StaleVersionError } from '../common/errors/common.errors';
import { AppConfig } from '../config/app-config';
import { SearchOutboxService } from '../search/indexing/search-outbox.service';
import { PlacesService } from '../places/places.service';
import { ConceptLabeller } from '../taxonomy/concept-labeller';
import type { TaxonomyLanguage } from '../taxonomy/entities/esco-label.entity';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import {
  CandidateEmployerView,
  CandidateOwnView,
  CandidateStaffView,
  conceptKey,
  isVisibleToEmployers,
  profileConcepts,
  RetentionNotice,
  toEmployerView,
  toOwnView,
  toStaffView,
} from './candidate-profile.mapper';
import { CANDIDATES_INDEX } from './candidates.index';
import { CandidateProfileNotFoundError } from './candidates.errors';
import { CandidatesRepository, ProfileData } from './candidates.repository';
import { CandidateProfileFieldsDto, PatchCandidateProfileDto, PutCandidateProfileDto } from './dto/candidate-profile.dto';
import type { CandidateProfileEntity, StoredExperience } from './entities/candidate-profile.entity';
import type { StoredConcept } from '../taxonomy/stored-concept';
import { CONTACT_CONSENT } from './candidate-data.hooks';

const DAY_MS = 86_400_000;
/** PATCH may set these to null (remove them); every other field must keep a value. */
const NULLABLE_FIELDS = new Set([
  'headline',
  'summary',
  'countryOfOrigin',
  'residenceCountry',
  'availableFrom',
  'workPermit',
  'residenceTitle',
  'salaryExpectation',
]);

/** Candidate profiles: the owner's create/replace/patch/read, and the views employers and staff get. */
@Injectable()
export class CandidatesService {
  constructor(
    private readonly repository: CandidatesRepository,
    private readonly users: UsersRepository,
    private readonly taxonomy: TaxonomyService,
    private readonly outbox: SearchOutboxService,
    private readonly employers: EmployersService,
    private readonly hooks: HookRegistry,
    private readonly config: ConfigService<AppConfig, true>,
    private readonly labeller: ConceptLabeller,
    private readonly places: PlacesService,
  ) {}

  async getOwn(user: AuthenticatedUser, lang: TaxonomyLanguage = 'en'): Promise<CandidateOwnView> {
    const row = await this.repository.findByUserId(user.id);
    if (!row) throw new CandidateProfileNotFoundError();
    return this.ownView(row, user, lang);
  }

  /** Creates or replaces the whole profile; with `version`, only if that is still current. */
  async put(user: AuthenticatedUser, dto: PutCandidateProfileDto, lang?: TaxonomyLanguage): Promise<CandidateOwnView> {
    const data = await this.fullData(dto);
    const row = await this.repository.inTransaction(async (manager) => {
      let saved: CandidateProfileEntity | null = null;
      if (dto.version === undefined) saved = await this.repository.insert(manager, user.id, data);
      if (!saved) saved = await this.repository.update(manager, user.id, data, dto.version);
      if (!saved) {
        if (await this.repository.findByUserId(user.id, manager)) throw new StaleVersionError('Candidate profile', dto.version!);
        saved = await this.repository.insert(manager, user.id, data);
        if (!saved) throw new StaleVersionError('Candidate profile', dto.version!);
      }
      await this.outbox.enqueue(manager, CANDIDATES_INDEX, [saved.id]);
      return saved;
    });
    await this.outbox.syncNow(CANDIDATES_INDEX, [row.id]);
    return this.ownView(row, user, lang);
  }

  /** Changes only the given fields, atomically and only if `version` is still current (else 409, nothing changed). */
  async patch(user: AuthenticatedUser, dto: PatchCandidateProfileDto, lang?: TaxonomyLanguage): Promise<CandidateOwnView> {
    const changes = await this.partialData(dto);
    const row = await this.repository.inTransaction(async (manager) => {
      const saved = await this.repository.update(manager, user.id, changes, dto.version);
      if (!saved) {
        if (await this.repository.findByUserId(user.id, manager)) throw new StaleVersionError('Candidate profile', dto.version);
        throw new CandidateProfileNotFoundError();
      }
      await this.outbox.enqueue(manager, CANDIDATES_INDEX, [saved.id]);
      return saved;
    });
    await this.outbox.syncNow(CANDIDATES_INDEX, [row.id]);
    return this.ownView(row, user, lang);
  }

  /**
   * A profile as a verified employer or staff sees it. Employers: 404 unless
   * the profile is visible to employers; contact data (e-mail, last name) only
   * after the candidate accepted one of the employer's invitations or applied
   * to one of its offers. Staff: every profile, with contact data.
   */
  async viewFor(
    viewer: AuthenticatedUser,
    profileId: string,
    lang: TaxonomyLanguage = 'en',
  ): Promise<CandidateEmployerView | CandidateStaffView> {
    if (viewer.role === 'staff') {
      const row = await this.repository.findById(profileId);
      if (!row) throw new CandidateProfileNotFoundError();
      return toStaffView(row, await this.emailOf(row.userId), await this.labeller.labels(profileConcepts(row), lang));
    }
    await this.assertMaySeeCandidates(viewer);
    const row = await this.repository.findById(profileId);
    if (!row || !isVisibleToEmployers(row)) throw new CandidateProfileNotFoundError();
    const shared = await this.hasSharedContactWith(viewer.id, row.id);
    const labels = await this.labeller.labels(profileConcepts(row), lang);
    return toEmployerView(row, shared ? { email: await this.emailOf(row.userId) } : null, labels);
  }

  /** Staff always; employers only once verified (403 otherwise); candidates never (the route's role guard). */
  async assertMaySeeCandidates(viewer: AuthenticatedUser): Promise<void> {
    if (viewer.role === 'staff') return;
    if (viewer.role !== 'employer' || !(await this.employers.isVerified(viewer.id)))
      throw new EmployerNotVerifiedError('search or view candidate profiles');
  }

  /** Any CONTACT_CONSENT handler that says yes (the consent feature); none registered means no. */
  private async hasSharedContactWith(employerUserId: string, profileId: string): Promise<boolean> {
    for (const handler of this.hooks.handlersOf(CONTACT_CONSENT)) {
      if ((await handler.consentedProfiles(employerUserId, [profileId])).has(profileId)) return true;
    }
    return false;
  }

  private async emailOf(userId: string): Promise<string> {
    return (await this.users.findById(userId))?.email ?? '';
  }

  /** Without `lang`: the labels as stored (resolved from what was typed); with it, the ESCO labels in that language. */
  private async ownView(row: CandidateProfileEntity, user: AuthenticatedUser, lang?: TaxonomyLanguage): Promise<CandidateOwnView> {
    const labels = lang ? await this.labeller.labels(profileConcepts(row), lang) : undefined;
    return toOwnView(row, user.email, await this.retentionNotice(row), labels);
  }

  private async retentionNotice(row: CandidateProfileEntity): Promise<RetentionNotice | null> {
    if (!row.retentionHiddenAt) return null;
    const { hideAfterDays, eraseAfterDays } = this.config.get('retention', { infer: true });
    const account = await this.users.findById(row.userId);
    const lastActive = account?.lastLoginAt ?? account?.createdAt ?? new Date();
    const due = Math.max(
      row.retentionHiddenAt.getTime() + (eraseAfterDays - hideAfterDays) * DAY_MS,
      lastActive.getTime() + eraseAfterDays * DAY_MS,
    );
    return {
      code: 'retention_hidden',
      hiddenAt: row.retentionHiddenAt.toISOString(),
      erasureDueAt: new Date(due).toISOString(),
      message:
        `Your profile was hidden from employers on ${row.retentionHiddenAt.toISOString().slice(0, 10)} because you had not signed in ` +
        `for ${hideAfterDays} days. Save your profile (PUT or PATCH) to make it visible again. If you do not sign in for ` +
        `${eraseAfterDays} days, your profile and account are erased.`,
    };
  }

  private async fullData(dto: PutCandidateProfileDto): Promise<ProfileData> {
    return {
      firstName: dto.firstName,
      lastName: dto.lastName,
      headline: dto.headline ?? null,
      summary: dto.summary ?? null,
      countryOfOrigin: dto.countryOfOrigin ?? null,
      residenceCountry: dto.residenceCountry ?? null,
      degrees: dto.degrees?.map((d) => ({ ...d })) ?? [],
      skills: await this.resolve('skill', dto.skills ?? []),
      languages: dto.languages?.map((l) => ({ code: l.code, level: l.level })) ?? [],
      desiredOccupations: await this.resolve('occupation', dto.desiredOccupations ?? []),
      ...this.preferredPlaces(dto.preferredCities ?? []),
      openToRemote: dto.openToRemote ?? false,
      crossBorderCommuter: dto.crossBorderCommuter ?? false,
      availableFrom: dto.availableFrom ?? null,
      workPermit: dto.workPermit ?? null,
      citizenships: [...new Set(dto.citizenships ?? [])],
      residenceTitle: dto.residenceTitle ?? null,
      experience: await this.resolveExperience(dto.experience ?? []),
      salaryMin: dto.salaryExpectation?.min ?? null,
      salaryCurrency: dto.salaryExpectation ? 'EUR' : null,
      visibility: dto.visibility ?? 'hidden',
    };
  }

  private async partialData(dto: PatchCandidateProfileDto): Promise<Partial<ProfileData>> {
    const given = Object.entries(dto).filter(([key, value]) => key !== 'version' && value !== undefined);
    const nulls = given.filter(([key, value]) => value === null && !NULLABLE_FIELDS.has(key)).map(([key]) => `${key} must not be null`);
    if (nulls.length) throw new InputValidationError(nulls.join('; '));
    const has = (key: keyof CandidateProfileFieldsDto | 'firstName' | 'lastName') => dto[key] !== undefined;
    const changes: Partial<ProfileData> = {};
    if (has('firstName')) changes.firstName = dto.firstName!;
    if (has('lastName')) changes.lastName = dto.lastName!;
    if (has('headline')) changes.headline = dto.headline ?? null;
    if (has('summary')) changes.summary = dto.summary ?? null;
    if (has('countryOfOrigin')) changes.countryOfOrigin = dto.countryOfOrigin ?? null;
    if (has('residenceCountry')) changes.residenceCountry = dto.residenceCountry ?? null;
    if (has('degrees')) changes.degrees = dto.degrees!.map((d) => ({ ...d }));
    if (has('skills')) changes.skills = await this.resolve('skill', dto.skills!);
    if (has('languages')) changes.languages = dto.languages!.map((l) => ({ code: l.code, level: l.level }));
    if (has('desiredOccupations')) changes.desiredOccupations = await this.resolve('occupation', dto.desiredOccupations!);
    if (has('preferredCities')) Object.assign(changes, this.preferredPlaces(dto.preferredCities!));
    if (has('openToRemote')) changes.openToRemote = dto.openToRemote!;
    if (has('crossBorderCommuter')) changes.crossBorderCommuter = dto.crossBorderCommuter!;
    if (has('availableFrom')) changes.availableFrom = dto.availableFrom ?? null;
    if (has('workPermit')) changes.workPermit = dto.workPermit ?? null;
    if (has('citizenships')) changes.citizenships = [...new Set(dto.citizenships!)];
    if (has('residenceTitle')) changes.residenceTitle = dto.residenceTitle ?? null;
    if (has('experience')) changes.experience = await this.resolveExperience(dto.experience!);
    if (has('salaryExpectation')) {
      changes.salaryMin = dto.salaryExpectation?.min ?? null;
      changes.salaryCurrency = dto.salaryExpectation ? 'EUR' : null;
    }
    if (has('visibility')) changes.visibility = dto.visibility!;
    return changes;
  }

  /** Saxon municipalities, stored by their shown name and AGS (400 naming `preferredCities` for anything else). */
  private preferredPlaces(inputs: string[]): Pick<ProfileData, 'preferredCities' | 'preferredCityAgs'> {
    const places = this.places.resolveMunicipalities('preferredCities', inputs);
    return { preferredCities: places.map((p) => p.name), preferredCityAgs: places.map((p) => p.ags) };
  }

  /** Experience rows: each occupation resolved to ESCO like desiredOccupations; years of one occupation named twice add up. */
  private async resolveExperience(rows: { occupation: string; years: number }[]): Promise<StoredExperience[]> {
    if (!rows.length) return [];
    const resolved = await this.taxonomy.resolve(
      'occupation',
      rows.map((r) => r.occupation),
      'en',
    );
    const byKey = new Map<string, StoredExperience>();
    resolved.forEach((r, i) => {
      const key = conceptKey({ label: r.label, escoUri: r.escoUri });
      const seen = byKey.get(key);
      if (seen) seen.years = Math.round((seen.years + rows[i].years) * 10) / 10;
      else byKey.set(key, { label: r.label, escoUri: r.escoUri, years: rows[i].years });
    });
    return [...byKey.values()];
  }

  /** Resolves to ESCO concepts (free text kept); two inputs naming the same concept are kept once. */
  private async resolve(kind: 'skill' | 'occupation', inputs: string[]): Promise<StoredConcept[]> {
    if (!inputs.length) return [];
    const resolved = await this.taxonomy.resolve(kind, inputs, 'en');
    const seen = new Set<string>();
    const result: StoredConcept[] = [];
    for (const r of resolved) {
      const concept = { label: r.label, escoUri: r.escoUri };
      const key = conceptKey(concept);
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(concept);
    }
    return result;
  }
}

import { ConceptLabels, type ShownConcept } from '../taxonomy/concept-labeller';
import { normalizeLabel } from '../taxonomy/label-normalizer';
import type { StoredConcept } from '../taxonomy/stored-concept';
import { availabilityIndexDay } from './availability';
import type { CandidateProfileEntity, StoredDegree, StoredLanguage } from './entities/candidate-profile.entity';
import { degreeLevelRank, languageLevelRank } from './reference/levels';
import type { DegreeLevel, Visibility, WorkPermit } from './reference/levels';

/** The profile as employers may see it: no e-mail, no last name, unless contact data is shared. */
export interface CandidateEmployerView {
  id: string;
  firstName: string;
  /** Only with contact consent (accepted invitation or application) or for staff; otherwise absent. */
  lastName?: string;
  /** Only with contact consent or for staff; otherwise absent. */
  email?: string;
  contactShared: boolean;
  headline: string | null;
  summary: string | null;
  countryOfOrigin: string | null;
  residenceCountry: string | null;
  degrees: StoredDegree[];
  /** `lang`: the language of the label shown (null for free text); see ConceptLabeller. */
  skills: ShownConcept[];
  languages: StoredLanguage[];
  desiredOccupations: ShownConcept[];
  preferredCities: string[];
  openToRemote: boolean;
  crossBorderCommuter: boolean;
  availableFrom: string | null;
  workPermit: WorkPermit | null;
  salaryExpectation: { min: number; currency: 'EUR' } | null;
  updatedAt: string;
}

export interface ModerationView {
  hiddenByStaff: boolean;
  hiddenByStaffAt: string | null;
  reason: string | null;
}

export interface RetentionNotice {
  code: 'retention_hidden';
  hiddenAt: string;
  /** From this moment on the profile and account may be erased, unless the candidate signs in and saves the profile. */
  erasureDueAt: string;
  message: string;
}

/** The candidate's own profile. */
export interface CandidateOwnView extends Omit<CandidateEmployerView, 'lastName' | 'email' | 'contactShared'> {
  userId: string;
  email: string;
  lastName: string;
  visibility: Visibility;
  /** Whether employers can find the profile right now (visible, not hidden by staff or retention). */
  searchable: boolean;
  hiddenByStaff: boolean;
  moderation: ModerationView;
  retentionNotice: RetentionNotice | null;
  notices: RetentionNotice[];
  version: number;
  createdAt: string;
}

/** What staff see: everything employers see, with contact data, visibility and moderation state. */
export interface CandidateStaffView extends CandidateEmployerView {
  visibility: Visibility;
  searchable: boolean;
  hiddenByStaff: boolean;
  moderation: ModerationView;
  retentionHiddenAt: string | null;
  version: number;
  createdAt: string;
}

/**
 * The Meilisearch document: only what verified employers may search, filter
 * and see in a result list. Never: e-mail, last name, salary expectation,
 * degree institutions, moderation notes, account data.
 */
export interface CandidateDocument {
  id: string;
  firstName: string;
  headline: string | null;
  summary: string | null;
  /** Display labels (facet "skills"). */
  skills: string[];
  /** ESCO skill URIs (filter, matching). */
  skillUris: string[];
  /** ESCO URIs plus "text:<normalised>" for free-text skills: what the `skills` filter compares. */
  skillKeys: string[];
  /** Every label of every skill concept in de/en/pl/cs, plus free text (searchable). */
  skillLabels: string[];
  occupations: string[];
  occupationUris: string[];
  occupationLabels: string[];
  /** Preferred municipalities as written (facet "cities"). */
  cities: string[];
  /** Normalised municipality names (filter). */
  cityKeys: string[];
  /** ISO 639-1 codes (facet "languages"). */
  languages: string[];
  /** Per language code, the level as a number: A1 = 1 … C2 = 6, native = 7. */
  languageLevels: Record<string, number>;
  /** Origin and residence (facet "countries"). */
  countries: string[];
  countryOfOrigin: string | null;
  residenceCountry: string | null;
  /** Days since 1970-01-01; NOT_STATED_INDEX_DAY (0) when the candidate states no date (availability.ts). */
  availableFrom: number;
  workPermit: WorkPermit | null;
  /** Highest degree: vocational = 1, bachelor = 2, master = 3, phd = 4; 0 = none. */
  degreeLevel: number;
  openToRemote: boolean;
  crossBorderCommuter: boolean;
  updatedAt: number;
}

/** Is this profile something employers may ever see? (visibility, staff, retention) */
export function isVisibleToEmployers(row: Pick<CandidateProfileEntity, 'visibility' | 'hiddenByStaffAt' | 'retentionHiddenAt'>): boolean {
  return row.visibility === 'employers' && row.hiddenByStaffAt === null && row.retentionHiddenAt === null;
}

export const cityKey = (city: string): string => normalizeLabel(city);

/** Filter key of a skill or occupation: its ESCO URI, or its normalised free text. */
export const conceptKey = (c: StoredConcept): string => c.escoUri ?? `text:${normalizeLabel(c.label)}`;

export function highestDegree(degrees: StoredDegree[]): DegreeLevel | null {
  let best: DegreeLevel | null = null;
  for (const d of degrees) if (!best || degreeLevelRank(d.level) > degreeLevelRank(best)) best = d.level;
  return best;
}

function moderation(row: CandidateProfileEntity): ModerationView {
  return {
    hiddenByStaff: row.hiddenByStaffAt !== null,
    hiddenByStaffAt: row.hiddenByStaffAt?.toISOString() ?? null,
    reason: row.hiddenByStaffReason,
  };
}

function salary(row: CandidateProfileEntity): CandidateEmployerView['salaryExpectation'] {
  return row.salaryMin === null ? null : { min: row.salaryMin, currency: 'EUR' };
}

/** Every skill and occupation a profile shows (what ConceptLabeller looks up). */
export const profileConcepts = (row: Pick<CandidateProfileEntity, 'skills' | 'desiredOccupations'>): StoredConcept[] => [
  ...row.skills,
  ...row.desiredOccupations,
];

/** A profile view already built (e.g. by CandidateFactsReader) with its concepts shown through `labels`. */
export const relabelProfileView = <T extends Pick<CandidateEmployerView, 'skills' | 'desiredOccupations'>>(view: T, labels: ConceptLabels): T => ({
  ...view,
  skills: labels.all(view.skills),
  desiredOccupations: labels.all(view.desiredOccupations),
});

/** `labels` shows the concepts in a language (default: as stored). */
export function toEmployerView(
  row: CandidateProfileEntity,
  contact: { email: string } | null,
  labels: ConceptLabels = ConceptLabels.STORED,
): CandidateEmployerView {
  return {
    id: row.id,
    firstName: row.firstName,
    ...(contact ? { lastName: row.lastName, email: contact.email } : {}),
    contactShared: contact !== null,
    headline: row.headline,
    summary: row.summary,
    countryOfOrigin: row.countryOfOrigin,
    residenceCountry: row.residenceCountry,
    degrees: row.degrees,
    skills: labels.all(row.skills),
    languages: row.languages,
    desiredOccupations: labels.all(row.desiredOccupations),
    preferredCities: row.preferredCities,
    openToRemote: row.openToRemote,
    crossBorderCommuter: row.crossBorderCommuter,
    availableFrom: row.availableFrom,
    workPermit: row.workPermit,
    salaryExpectation: salary(row),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toStaffView(row: CandidateProfileEntity, email: string, labels: ConceptLabels = ConceptLabels.STORED): CandidateStaffView {
  return {
    ...toEmployerView(row, { email }, labels),
    visibility: row.visibility,
    searchable: isVisibleToEmployers(row),
    hiddenByStaff: row.hiddenByStaffAt !== null,
    moderation: moderation(row),
    retentionHiddenAt: row.retentionHiddenAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toOwnView(
  row: CandidateProfileEntity,
  email: string,
  retentionNotice: RetentionNotice | null,
  labels: ConceptLabels = ConceptLabels.STORED,
): CandidateOwnView {
  const { contactShared: _c, ...employer } = toEmployerView(row, { email }, labels);
  return {
    ...employer,
    userId: row.userId,
    email,
    lastName: row.lastName,
    visibility: row.visibility,
    searchable: isVisibleToEmployers(row),
    hiddenByStaff: row.hiddenByStaffAt !== null,
    moderation: moderation(row),
    retentionNotice,
    notices: retentionNotice ? [retentionNotice] : [],
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Builds the index document; `labels` holds every label (de/en/pl/cs) of each ESCO concept of the profile. */
export function toCandidateDocument(row: CandidateProfileEntity, labels: Map<string, string[]>): CandidateDocument {
  const allLabels = (concepts: StoredConcept[]) => [
    ...new Set(concepts.flatMap((c) => (c.escoUri ? [c.label, ...(labels.get(c.escoUri) ?? [])] : [c.label]))),
  ];
  const uris = (concepts: StoredConcept[]) => [...new Set(concepts.flatMap((c) => (c.escoUri ? [c.escoUri] : [])))];
  const degree = highestDegree(row.degrees);
  return {
    id: row.id,
    firstName: row.firstName,
    headline: row.headline,
    summary: row.summary,
    skills: [...new Set(row.skills.map((s) => s.label))],
    skillUris: uris(row.skills),
    skillKeys: [...new Set(row.skills.map(conceptKey))],
    skillLabels: allLabels(row.skills),
    occupations: [...new Set(row.desiredOccupations.map((o) => o.label))],
    occupationUris: uris(row.desiredOccupations),
    occupationLabels: allLabels(row.desiredOccupations),
    cities: row.preferredCities,
    cityKeys: [...new Set(row.preferredCities.map(cityKey))],
    languages: row.languages.map((l) => l.code),
    languageLevels: Object.fromEntries(row.languages.map((l) => [l.code, languageLevelRank(l.level)])),
    countries: [...new Set([row.countryOfOrigin, row.residenceCountry].filter((c): c is string => c !== null))],
    countryOfOrigin: row.countryOfOrigin,
    residenceCountry: row.residenceCountry,
    availableFrom: availabilityIndexDay(row.availableFrom),
    workPermit: row.workPermit,
    degreeLevel: degree ? degreeLevelRank(degree) : 0,
    openToRemote: row.openToRemote,
    crossBorderCommuter: row.crossBorderCommuter,
    updatedAt: Math.floor(row.updatedAt.getTime() / 1000),
  };
}

import { ConceptLabels } from '../taxonomy/concept-labeller';
import { normalizeLabel } from '../taxonomy/label-normalizer';
import type { StoredConcept } from '../taxonomy/stored-concept';
import { findPlace, placeKey } from '../places/saxon-places';
import { availabilityIndexDay } from './availability';
import {
  CandidateDocument,
  CandidateEmployerView,
  CandidateOwnView,
  CandidateStaffView,
  ModerationView,
  RetentionNotice,
} from './dto/candidate-profile.view';
import type { CandidateProfileEntity, StoredDegree, StoredExperience } from './entities/candidate-profile.entity';
import { degreeLevelRank, languageLevelRank } from './reference/levels';
import type { DegreeLevel, WorkPermit } from './reference/levels';
import { hasFreeMovement, type RecognitionStatus } from '../residence-law/residence-facts';

export { CandidateDocument, CandidateEmployerView, CandidateOwnView, CandidateStaffView, ModerationView, RetentionNotice };

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

/** Degrees as shown: recognition `unknown` unless stated (rows saved before it existed have none). */
export const withRecognition = (degrees: StoredDegree[]): (StoredDegree & { recognition: RecognitionStatus })[] =>
  degrees.map((d) => ({ ...d, recognition: d.recognition ?? 'unknown' }));

/** The work permit that counts: any EU/EEA/Swiss citizenship means free movement, whatever was ticked. */
export const effectiveWorkPermit = (row: Pick<CandidateProfileEntity, 'workPermit' | 'citizenships'>): WorkPermit | null =>
  hasFreeMovement(row.citizenships) ? 'eu_citizen' : row.workPermit;

/** Every skill and occupation a profile shows (what ConceptLabeller looks up). */
export const profileConcepts = (
  row: Pick<CandidateProfileEntity, 'skills' | 'desiredOccupations'> & { experience?: StoredConcept[] },
): StoredConcept[] => [...row.skills, ...row.desiredOccupations, ...(row.experience ?? [])];

/** A profile view already built (e.g. by CandidateFactsReader) with its concepts shown through `labels`. */
export const relabelProfileView = <T extends Pick<CandidateEmployerView, 'skills' | 'desiredOccupations' | 'experience'>>(
  view: T,
  labels: ConceptLabels,
): T => ({
  ...view,
  skills: labels.all(view.skills),
  desiredOccupations: labels.all(view.desiredOccupations),
  experience: relabelExperience(view.experience, labels),
});

const relabelExperience = (experience: StoredExperience[], labels: ConceptLabels): StoredExperience[] => {
  const shown = labels.all(experience);
  return experience.map((e, i) => ({ label: shown[i].label, escoUri: e.escoUri, years: e.years }));
};

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
    degrees: withRecognition(row.degrees),
    skills: labels.all(row.skills),
    languages: row.languages,
    desiredOccupations: labels.all(row.desiredOccupations),
    preferredCities: row.preferredCities,
    openToRemote: row.openToRemote,
    crossBorderCommuter: row.crossBorderCommuter,
    availableFrom: row.availableFrom,
    workPermit: row.workPermit,
    citizenships: row.citizenships ?? [],
    residenceTitle: row.residenceTitle ?? null,
    experience: relabelExperience(row.experience ?? [], labels),
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
    // Every way matching's location rule can recognise a preferred city as the offer's (name key or AGS, typos resolved),
    // so its retrieval filter never misses a candidate the scorer would place in the offer's city.
    placeKeys: [...new Set([...row.preferredCities, ...(row.preferredCityAgs ?? [])].map(placeKey))],
    placeAgs: [...new Set([...(row.preferredCityAgs ?? []), ...row.preferredCities.flatMap((c) => findPlace(c)?.ags ?? [])])],
    languages: row.languages.map((l) => l.code),
    languageLevels: Object.fromEntries(row.languages.map((l) => [l.code, languageLevelRank(l.level)])),
    countries: [...new Set([row.countryOfOrigin, row.residenceCountry].filter((c): c is string => c !== null))],
    countryOfOrigin: row.countryOfOrigin,
    residenceCountry: row.residenceCountry,
    availableFrom: availabilityIndexDay(row.availableFrom),
    workPermit: effectiveWorkPermit(row),
    degreeLevel: degree ? degreeLevelRank(degree) : 0,
    openToRemote: row.openToRemote,
    crossBorderCommuter: row.crossBorderCommuter,
    updatedAt: Math.floor(row.updatedAt.getTime() / 1000),
  };
}

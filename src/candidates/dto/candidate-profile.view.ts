import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ApiCounts,
  ApiDate,
  ApiDateTime,
  ApiEnum,
  ApiInteger,
  ApiList,
  ApiObject,
  ApiText,
  ApiTextList,
  ApiUuid,
  INT32_MAX,
} from '../../common/http/api-schema';
import { MAX_PAGE, MAX_PAGE_SIZE } from '../../common/http/pagination';
import { CONCEPT_LABEL_MAX, ESCO_URI_MAX, ShownConcept } from '../../taxonomy/dto/taxonomy.view';
import { DEGREE_LEVELS, LANGUAGE_LEVELS, VISIBILITIES, WORK_PERMITS } from '../reference/levels';
import type { DegreeLevel, LanguageLevel, Visibility, WorkPermit } from '../reference/levels';
import { MIN_GRADUATION_YEAR, PROFILE_LIMITS } from './candidate-profile.dto';
import { RECOGNITION_STATUSES, RESIDENCE_TITLES, type RecognitionStatus, type ResidenceTitle } from '../../residence-law/residence-facts';

/**
 * What the API answers about candidate profiles. The classes are the types
 * the mappers build and the schemas of the OpenAPI document, so the two
 * cannot drift apart.
 */

export const COUNTRY_PATTERN = '^[A-Z]{2}$';
const LANGUAGE_CODE_PATTERN = '^[a-z]{2}$';
/** Meilisearch answers at most this many values per facet (faceting.maxValuesPerFacet of the index). */
export const MAX_FACET_VALUES = 100;

export class DegreeView {
  @ApiEnum(DEGREE_LEVELS, 'DegreeLevel')
  level!: DegreeLevel;

  @ApiText(PROFILE_LIMITS.degreeText)
  field!: string;

  @ApiText(PROFILE_LIMITS.degreeText)
  institution!: string;

  @ApiText(2, { pattern: COUNTRY_PATTERN, example: 'UA', description: 'ISO 3166-1 alpha-2' })
  country!: string;

  @ApiInteger(MIN_GRADUATION_YEAR, 9999)
  graduationYear!: number;

  @ApiInteger(1, 12, { required: false, nullable: true, description: 'Month of graduation, when stated' })
  graduationMonth?: number | null;

  @ApiEnum(RECOGNITION_STATUSES, 'RecognitionStatus', { description: 'Recognition in Germany (unknown unless stated)' })
  recognition!: RecognitionStatus;
}

export class ExperienceView {
  @ApiText(CONCEPT_LABEL_MAX)
  label!: string;

  @ApiText(ESCO_URI_MAX, { nullable: true })
  escoUri!: string | null;

  @ApiProperty({ type: 'number', format: 'double', minimum: 0, maximum: PROFILE_LIMITS.maxExperienceYears })
  years!: number;
}

export class LanguageView {
  @ApiText(2, { pattern: LANGUAGE_CODE_PATTERN, example: 'de', description: 'ISO 639-1' })
  code!: string;

  @ApiEnum(LANGUAGE_LEVELS, 'LanguageLevel')
  level!: LanguageLevel;
}

export class SalaryExpectationView {
  @ApiInteger(0, PROFILE_LIMITS.maxSalary, { description: 'Gross EUR a year' })
  min!: number;

  @ApiEnum(['EUR'], 'Currency')
  currency!: 'EUR';
}

/** What every view of a profile shows. */
export class CandidateProfileFields {
  @ApiUuid({ description: 'The profile id (what search, matches and invitations use)' })
  id!: string;

  @ApiText(PROFILE_LIMITS.name)
  firstName!: string;

  @ApiText(PROFILE_LIMITS.headline, { nullable: true })
  headline!: string | null;

  @ApiText(PROFILE_LIMITS.summary, { nullable: true })
  summary!: string | null;

  @ApiText(2, { nullable: true, pattern: COUNTRY_PATTERN, example: 'UA' })
  countryOfOrigin!: string | null;

  @ApiText(2, { nullable: true, pattern: COUNTRY_PATTERN, example: 'PL' })
  residenceCountry!: string | null;

  @ApiList(DegreeView, PROFILE_LIMITS.degrees)
  degrees!: DegreeView[];

  /** `lang`: the language of the label shown (null for free text); see ConceptLabeller. */
  @ApiList(ShownConcept, PROFILE_LIMITS.skills)
  skills!: ShownConcept[];

  @ApiList(LanguageView, PROFILE_LIMITS.languages)
  languages!: LanguageView[];

  @ApiList(ShownConcept, PROFILE_LIMITS.occupations)
  desiredOccupations!: ShownConcept[];

  @ApiTextList(PROFILE_LIMITS.cities, PROFILE_LIMITS.cityLength, { description: 'Saxon municipalities' })
  preferredCities!: string[];

  @ApiProperty()
  openToRemote!: boolean;

  @ApiProperty()
  crossBorderCommuter!: boolean;

  @ApiDate({ nullable: true })
  availableFrom!: string | null;

  @ApiProperty({ enum: WORK_PERMITS, enumName: 'WorkPermit', nullable: true })
  workPermit!: WorkPermit | null;

  @ApiTextList(PROFILE_LIMITS.citizenships, 2, { pattern: COUNTRY_PATTERN, description: 'ISO 3166-1 alpha-2' })
  citizenships!: string[];

  @ApiProperty({ enum: RESIDENCE_TITLES, enumName: 'ResidenceTitle', nullable: true })
  residenceTitle!: ResidenceTitle | null;

  @ApiList(ExperienceView, PROFILE_LIMITS.experience)
  experience!: ExperienceView[];

  @ApiObject(SalaryExpectationView, { nullable: true })
  salaryExpectation!: SalaryExpectationView | null;

  @ApiDateTime()
  updatedAt!: string;
}

/** The profile as employers may see it: no e-mail, no last name, unless contact data is shared. */
export class CandidateEmployerView extends CandidateProfileFields {
  /** Only with contact consent (accepted invitation or application) or for staff; otherwise absent. */
  @ApiText(PROFILE_LIMITS.name, {
    required: false,
    description: 'Only with contact consent (accepted invitation or application), or for staff',
  })
  lastName?: string;

  /** Only with contact consent or for staff; otherwise absent. */
  @ApiText(254, { required: false, format: 'email', description: 'Only with contact consent, or for staff' })
  email?: string;

  @ApiProperty({ description: 'Whether lastName and email are shown' })
  contactShared!: boolean;
}

export class ModerationView {
  @ApiProperty()
  hiddenByStaff!: boolean;

  @ApiDateTime({ nullable: true })
  hiddenByStaffAt!: string | null;

  @ApiText(2000, { nullable: true, description: 'The staff’s reason' })
  reason!: string | null;
}

export class RetentionNotice {
  @ApiEnum(['retention_hidden'], 'RetentionNoticeCode')
  code!: 'retention_hidden';

  @ApiDateTime()
  hiddenAt!: string;

  /** From this moment on the profile and account may be erased, unless the candidate signs in and saves the profile. */
  @ApiDateTime({ description: 'From then on profile and account may be erased, unless the candidate signs in and saves the profile' })
  erasureDueAt!: string;

  @ApiText(1000)
  message!: string;
}

/** The candidate's own profile. */
export class CandidateOwnView extends CandidateProfileFields {
  @ApiUuid({ description: 'The account id' })
  userId!: string;

  @ApiText(254, { format: 'email' })
  email!: string;

  @ApiText(PROFILE_LIMITS.name)
  lastName!: string;

  @ApiEnum(VISIBILITIES, 'Visibility')
  visibility!: Visibility;

  /** Whether employers can find the profile right now (visible, not hidden by staff or retention). */
  @ApiProperty({ description: 'Whether employers can find the profile right now (visible, not hidden by staff or retention)' })
  searchable!: boolean;

  @ApiProperty()
  hiddenByStaff!: boolean;

  @ApiObject(ModerationView)
  moderation!: ModerationView;

  @ApiObject(RetentionNotice, { nullable: true })
  retentionNotice!: RetentionNotice | null;

  @ApiList(RetentionNotice, 1)
  notices!: RetentionNotice[];

  @ApiInteger(1, INT32_MAX, { description: 'Send it with PATCH (and optionally PUT): 409 if it changed since' })
  version!: number;

  @ApiDateTime()
  createdAt!: string;
}

/** What staff see: everything employers see, with contact data, visibility and moderation state. */
export class CandidateStaffView extends CandidateEmployerView {
  @ApiEnum(VISIBILITIES, 'Visibility')
  visibility!: Visibility;

  @ApiProperty()
  searchable!: boolean;

  @ApiProperty()
  hiddenByStaff!: boolean;

  @ApiObject(ModerationView)
  moderation!: ModerationView;

  @ApiDateTime({ nullable: true, description: 'When the retention run hid the profile (inactivity)' })
  retentionHiddenAt!: string | null;

  @ApiInteger(1, INT32_MAX)
  version!: number;

  @ApiDateTime()
  createdAt!: string;
}

export class CandidateFacets {
  @ApiCounts(MAX_FACET_VALUES, { description: 'Skill label → number of matching profiles' })
  skills!: Record<string, number>;

  @ApiCounts(MAX_FACET_VALUES, { description: 'Preferred city → number of matching profiles' })
  cities!: Record<string, number>;

  @ApiCounts(MAX_FACET_VALUES, { description: 'Language code → number of matching profiles' })
  languages!: Record<string, number>;

  @ApiCounts(MAX_FACET_VALUES, { description: 'Country of origin or residence → number of matching profiles' })
  countries!: Record<string, number>;
}

export class CandidateSearchResult {
  @ApiList(CandidateEmployerView, MAX_PAGE_SIZE, { description: 'Visible profiles, best match first' })
  items!: CandidateEmployerView[];

  @ApiInteger(0, INT32_MAX, { description: 'How many profiles match (all pages)' })
  total!: number;

  @ApiInteger(1, MAX_PAGE)
  page!: number;

  @ApiInteger(1, MAX_PAGE_SIZE)
  limit!: number;

  @ApiObject(CandidateFacets)
  facets!: CandidateFacets;

  @ApiInteger(0, INT32_MAX)
  processingTimeMs!: number;
}

/** A skill or occupation as stored: the ESCO concept it resolved to, or the candidate's own words. */
export class StoredConceptView {
  @ApiText(CONCEPT_LABEL_MAX)
  label!: string;

  @ApiText(ESCO_URI_MAX, { nullable: true, format: 'uri' })
  escoUri!: string | null;
}

/**
 * The Meilisearch document: only what verified employers may search, filter
 * and see in a result list. Never: e-mail, last name, salary expectation,
 * degree institutions, moderation notes, account data.
 */
export class CandidateDocument {
  @ApiUuid()
  id!: string;

  @ApiText(PROFILE_LIMITS.name)
  firstName!: string;

  @ApiText(PROFILE_LIMITS.headline, { nullable: true })
  headline!: string | null;

  @ApiText(PROFILE_LIMITS.summary, { nullable: true })
  summary!: string | null;

  /** Display labels (facet "skills"). */
  @ApiTextList(PROFILE_LIMITS.skills, CONCEPT_LABEL_MAX, { description: 'Display labels (facet "skills")' })
  skills!: string[];

  /** ESCO skill URIs (filter, matching). */
  @ApiTextList(PROFILE_LIMITS.skills, ESCO_URI_MAX, { format: 'uri' })
  skillUris!: string[];

  /** ESCO URIs plus "text:<normalised>" for free-text skills: what the `skills` filter compares. */
  @ApiTextList(PROFILE_LIMITS.skills, CONCEPT_LABEL_MAX + 5)
  skillKeys!: string[];

  /** Every label of every skill concept in de/en/pl/cs, plus free text (searchable). */
  @ApiTextList(PROFILE_LIMITS.skills * 100, CONCEPT_LABEL_MAX, { description: 'Every label of every skill in de/en/pl/cs' })
  skillLabels!: string[];

  @ApiTextList(PROFILE_LIMITS.occupations, CONCEPT_LABEL_MAX)
  occupations!: string[];

  @ApiTextList(PROFILE_LIMITS.occupations, ESCO_URI_MAX, { format: 'uri' })
  occupationUris!: string[];

  @ApiTextList(PROFILE_LIMITS.occupations * 100, CONCEPT_LABEL_MAX)
  occupationLabels!: string[];

  /** Preferred municipalities as written (facet "cities"). */
  @ApiTextList(PROFILE_LIMITS.cities, PROFILE_LIMITS.cityLength)
  cities!: string[];

  /** Normalised municipality names (filter). */
  @ApiTextList(PROFILE_LIMITS.cities, PROFILE_LIMITS.cityLength)
  cityKeys!: string[];

  /** The preferred cities as matching's location rule keys them (filter). */
  @ApiTextList(PROFILE_LIMITS.cities * 2, PROFILE_LIMITS.cityLength)
  placeKeys!: string[];

  /** Official municipality keys (AGS) of the preferred cities (filter). */
  @ApiTextList(PROFILE_LIMITS.cities * 2, 8, { pattern: '^\\d{8}$' })
  placeAgs!: string[];

  /** ISO 639-1 codes (facet "languages"). */
  @ApiTextList(PROFILE_LIMITS.languages, 2, { pattern: LANGUAGE_CODE_PATTERN })
  languages!: string[];

  /** Per language code, the level as a number: A1 = 1 … C2 = 6, native = 7. */
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', format: 'int32', minimum: 1, maximum: 7 },
    maxProperties: PROFILE_LIMITS.languages,
    description: 'Language code → level as a number: A1 = 1 … C2 = 6, native = 7',
  })
  languageLevels!: Record<string, number>;

  /** Origin and residence (facet "countries"). */
  @ApiTextList(2, 2, { pattern: COUNTRY_PATTERN })
  countries!: string[];

  @ApiText(2, { nullable: true, pattern: COUNTRY_PATTERN })
  countryOfOrigin!: string | null;

  @ApiText(2, { nullable: true, pattern: COUNTRY_PATTERN })
  residenceCountry!: string | null;

  /** Days since 1970-01-01; NOT_STATED_INDEX_DAY (0) when the candidate states no date (availability.ts). */
  @ApiInteger(0, INT32_MAX, { description: 'Days since 1970-01-01; 0 when the candidate states no date (not stated)' })
  availableFrom!: number;

  @ApiProperty({ enum: WORK_PERMITS, enumName: 'WorkPermit', nullable: true })
  workPermit!: WorkPermit | null;

  /** Highest degree: vocational = 1, bachelor = 2, master = 3, phd = 4; 0 = none. */
  @ApiInteger(0, 4, { description: 'Highest degree: vocational = 1, bachelor = 2, master = 3, phd = 4; 0 = none' })
  degreeLevel!: number;

  @ApiProperty()
  openToRemote!: boolean;

  @ApiProperty()
  crossBorderCommuter!: boolean;

  @ApiInteger(0, INT32_MAX, { description: 'Unix time in seconds' })
  updatedAt!: number;

  /** What matching scores the profile on, carried so that ranking need not read every candidate from the database. */
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: {},
    description:
      'The profile facts matching scores on (skills, languages, places, dates, degrees, work permit, experience); stored, never searched',
  })
  matchFacts?: object;
}

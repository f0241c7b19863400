import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { INT32_MAX } from '../../common/http/api-schema';
import { DecimalNumber, NestedList, StringList } from '../../common/http/dto-decorators';
import { ISO_COUNTRY_CODES } from '../reference/iso-countries';
import { ISO_639_1_CODES } from '../../common/languages/languages';
import { DEGREE_LEVELS, LANGUAGE_LEVELS, VISIBILITIES, WORK_PERMITS } from '../reference/levels';
import type { DegreeLevel, LanguageLevel, Visibility, WorkPermit } from '../reference/levels';
import { RECOGNITION_STATUSES, RESIDENCE_TITLES, type RecognitionStatus, type ResidenceTitle } from '../../residence-law/residence-facts';

export const PROFILE_LIMITS = {
  name: 100,
  headline: 200,
  summary: 5000,
  skills: 100,
  conceptLength: 200,
  occupations: 20,
  degrees: 20,
  languages: 20,
  cities: 20,
  cityLength: 100,
  degreeText: 200,
  maxSalary: 10_000_000,
  citizenships: 5,
  experience: 20,
  maxExperienceYears: 60,
} as const;

export const MIN_GRADUATION_YEAR = 1950;
/** Students may sign up a few years before they graduate. */
export const maxGraduationYear = () => new Date().getUTCFullYear() + 6;

const COUNTRY_PATTERN = '^[A-Z]{2}$';
const COUNTRY_MESSAGE = (field: string) => `${field} must be an ISO 3166-1 alpha-2 country code in upper case (e.g. DE, PL, CZ)`;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value);

export class DegreeDto {
  @ApiProperty({ enum: DEGREE_LEVELS, enumName: 'DegreeLevel' })
  @IsIn(DEGREE_LEVELS, { message: `level must be one of ${DEGREE_LEVELS.join(', ')}` })
  level!: DegreeLevel;

  @ApiProperty({ type: String, maxLength: PROFILE_LIMITS.degreeText })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(PROFILE_LIMITS.degreeText)
  field!: string;

  @ApiProperty({ type: String, maxLength: PROFILE_LIMITS.degreeText })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(PROFILE_LIMITS.degreeText)
  institution!: string;

  @ApiProperty({ type: String, maxLength: 2, pattern: COUNTRY_PATTERN, example: 'UA', description: 'ISO 3166-1 alpha-2, upper case' })
  @IsIn(ISO_COUNTRY_CODES, { message: COUNTRY_MESSAGE('country') })
  country!: string;

  @ApiProperty({
    type: 'integer',
    format: 'int32',
    minimum: MIN_GRADUATION_YEAR,
    maximum: maxGraduationYear(),
    description: 'At most six years from now (students sign up before they graduate)',
  })
  @IsInt()
  @Min(MIN_GRADUATION_YEAR)
  @Max(maxGraduationYear())
  graduationYear!: number;

  @ApiPropertyOptional({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: 12,
    nullable: true,
    description: 'Month of graduation (1–12): decides to the month whether the degree counts as recent for the Blue Card',
  })
  @IsOptional()
  @IsInt({ message: 'graduationMonth must be a whole number from 1 to 12' })
  @Min(1, { message: 'graduationMonth must be a whole number from 1 to 12' })
  @Max(12, { message: 'graduationMonth must be a whole number from 1 to 12' })
  graduationMonth?: number | null;

  @ApiPropertyOptional({
    enum: RECOGNITION_STATUSES,
    enumName: 'RecognitionStatus',
    default: 'unknown',
    description:
      'Recognition in Germany: recognised (Anerkennungsbescheid), comparable (anabin H+ and "entspricht", or a ZAB statement), in_progress, partial (Defizitbescheid), none, unknown',
  })
  @IsOptional()
  @IsIn(RECOGNITION_STATUSES, { message: `recognition must be one of ${RECOGNITION_STATUSES.join(', ')}` })
  recognition?: RecognitionStatus;
}

export class ExperienceDto {
  @ApiProperty({
    type: String,
    maxLength: PROFILE_LIMITS.conceptLength,
    description: 'free string in de/en/pl/cs or an ESCO occupation URI',
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(PROFILE_LIMITS.conceptLength)
  occupation!: string;

  @ApiProperty({
    type: 'number',
    format: 'double',
    minimum: 0,
    maximum: PROFILE_LIMITS.maxExperienceYears,
    description: 'Years of work in it',
  })
  @DecimalNumber(1, 'years must be a number of years (at most one decimal)')
  @Min(0)
  @Max(PROFILE_LIMITS.maxExperienceYears)
  years!: number;
}

export class LanguageDto {
  @ApiProperty({ type: String, maxLength: 2, pattern: '^[a-z]{2}$', example: 'de', description: 'ISO 639-1' })
  @IsIn(ISO_639_1_CODES, { message: 'code must be an ISO 639-1 language code in lower case (e.g. de, en, pl, cs, uk)' })
  code!: string;

  @ApiProperty({ enum: LANGUAGE_LEVELS, enumName: 'LanguageLevel' })
  @IsIn(LANGUAGE_LEVELS, { message: `level must be one of ${LANGUAGE_LEVELS.join(', ')}` })
  level!: LanguageLevel;
}

export class SalaryExpectationDto {
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 0, maximum: PROFILE_LIMITS.maxSalary, description: 'Gross EUR a year' })
  @IsInt()
  @Min(0)
  @Max(PROFILE_LIMITS.maxSalary)
  min!: number;

  @ApiProperty({ enum: ['EUR'], enumName: 'Currency' })
  @IsIn(['EUR'], { message: 'currency must be EUR' })
  currency!: 'EUR';
}

/** Every profile field except the names, all optional: the shared part of PUT and PATCH. */
export class CandidateProfileFieldsDto {
  @ApiPropertyOptional({ type: String, maxLength: PROFILE_LIMITS.headline, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(PROFILE_LIMITS.headline)
  headline?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: PROFILE_LIMITS.summary, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PROFILE_LIMITS.summary)
  summary?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 2, pattern: COUNTRY_PATTERN, example: 'UA', nullable: true })
  @IsOptional()
  @IsIn(ISO_COUNTRY_CODES, { message: COUNTRY_MESSAGE('countryOfOrigin') })
  countryOfOrigin?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 2, pattern: COUNTRY_PATTERN, example: 'PL', nullable: true })
  @IsOptional()
  @IsIn(ISO_COUNTRY_CODES, { message: COUNTRY_MESSAGE('residenceCountry') })
  residenceCountry?: string | null;

  @ApiPropertyOptional({ type: [DegreeDto], maxItems: PROFILE_LIMITS.degrees })
  @IsOptional()
  @NestedList(DegreeDto, PROFILE_LIMITS.degrees)
  degrees?: DegreeDto[];

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'string', maxLength: PROFILE_LIMITS.conceptLength },
    maxItems: PROFILE_LIMITS.skills,
    description: 'free strings in de/en/pl/cs or ESCO skill URIs',
  })
  @IsOptional()
  @StringList(PROFILE_LIMITS.skills, PROFILE_LIMITS.conceptLength)
  skills?: string[];

  @ApiPropertyOptional({ type: [LanguageDto], maxItems: PROFILE_LIMITS.languages, description: 'Each language code at most once' })
  @IsOptional()
  @NestedList(LanguageDto, PROFILE_LIMITS.languages)
  @ArrayUnique((l: LanguageDto | null) => (l && typeof l === 'object' ? l.code : l), {
    message: 'languages must not list the same language code twice',
  })
  languages?: LanguageDto[];

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'string', maxLength: PROFILE_LIMITS.conceptLength },
    maxItems: PROFILE_LIMITS.occupations,
    description: 'free strings in de/en/pl/cs or ESCO occupation URIs',
  })
  @IsOptional()
  @StringList(PROFILE_LIMITS.occupations, PROFILE_LIMITS.conceptLength)
  desiredOccupations?: string[];

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'string', maxLength: PROFILE_LIMITS.cityLength },
    maxItems: PROFILE_LIMITS.cities,
    description: 'Saxon municipalities, e.g. Dresden, Leipzig, Chemnitz, Görlitz',
  })
  @IsOptional()
  @StringList(PROFILE_LIMITS.cities, PROFILE_LIMITS.cityLength)
  preferredCities?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  openToRemote?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  crossBorderCommuter?: boolean;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    maxLength: 10,
    example: '2027-03-01',
    nullable: true,
    description:
      'The date you can start from; null = not stated (candidate search still finds you; matching gives half the availability points)',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'availableFrom must be a date like 2027-03-01' })
  @MaxLength(10, { message: 'availableFrom must be a date like 2027-03-01' })
  availableFrom?: string | null;

  @ApiPropertyOptional({ enum: WORK_PERMITS, enumName: 'WorkPermit', nullable: true })
  @IsOptional()
  @IsIn(WORK_PERMITS, { message: `workPermit must be one of ${WORK_PERMITS.join(', ')}` })
  workPermit?: WorkPermit | null;

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'string', maxLength: 2, pattern: COUNTRY_PATTERN },
    maxItems: PROFILE_LIMITS.citizenships,
    description: 'ISO 3166-1 alpha-2 codes of every citizenship held; any EU/EEA/Swiss one means no work visa is needed',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PROFILE_LIMITS.citizenships)
  @IsIn(ISO_COUNTRY_CODES, { each: true, message: COUNTRY_MESSAGE('citizenships') })
  @ArrayUnique({ message: 'citizenships must not list the same country twice' })
  citizenships?: string[];

  @ApiPropertyOptional({
    enum: RESIDENCE_TITLES,
    enumName: 'ResidenceTitle',
    nullable: true,
    description: 'The residence title held now, with workPermit "has_permit"',
  })
  @IsOptional()
  @IsIn(RESIDENCE_TITLES, { message: `residenceTitle must be one of ${RESIDENCE_TITLES.join(', ')}` })
  residenceTitle?: ResidenceTitle | null;

  @ApiPropertyOptional({ type: [ExperienceDto], maxItems: PROFILE_LIMITS.experience, description: 'Work experience per occupation' })
  @IsOptional()
  @NestedList(ExperienceDto, PROFILE_LIMITS.experience)
  experience?: ExperienceDto[];

  @ApiPropertyOptional({ type: SalaryExpectationDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SalaryExpectationDto)
  salaryExpectation?: SalaryExpectationDto | null;

  @ApiPropertyOptional({ enum: VISIBILITIES, enumName: 'Visibility', default: 'hidden' })
  @IsOptional()
  @IsIn(VISIBILITIES, { message: `visibility must be one of ${VISIBILITIES.join(', ')}` })
  visibility?: Visibility;
}

/** PUT: the whole profile. Names are required; what is left out is empty (lists), false, or unset. */
export class PutCandidateProfileDto extends CandidateProfileFieldsDto {
  @ApiProperty({ type: String, maxLength: PROFILE_LIMITS.name })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(PROFILE_LIMITS.name)
  firstName!: string;

  @ApiProperty({ type: String, maxLength: PROFILE_LIMITS.name })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(PROFILE_LIMITS.name)
  lastName!: string;

  @ApiPropertyOptional({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: INT32_MAX,
    description: 'when given, the replace happens only if this is still the current version (else 409)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

/** PATCH: any subset of the fields, plus the `version` the client last saw. */
export class PatchCandidateProfileDto extends CandidateProfileFieldsDto {
  @ApiPropertyOptional({ type: String, maxLength: PROFILE_LIMITS.name })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(PROFILE_LIMITS.name)
  firstName?: string;

  @ApiPropertyOptional({ type: String, maxLength: PROFILE_LIMITS.name })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(PROFILE_LIMITS.name)
  lastName?: string;

  @ApiProperty({ type: 'integer', format: 'int32', minimum: 1, maximum: INT32_MAX, description: 'the version this change is based on' })
  @IsInt()
  @Min(1)
  version!: number;
}

import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidateNested,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { ISO_639_1_CODES, type LanguageCode } from '../../common/languages/languages';
import { LANGUAGE_LEVELS, type LanguageLevel } from '../../common/reference/levels';
import { INT32_MAX } from '../../common/http/api-schema';
import { DecimalNumber, NestedList, StringList, trimText } from '../../common/http/dto-decorators';
import {
  CONTRACT_TYPES,
  DEGREE_LEVELS,
  SALARY_PERIODS,
  WORKPLACES,
  type ContractType,
  type DegreeLevel,
  type SalaryPeriod,
  type Workplace,
} from '../../common/reference/levels';

export const MAX_SKILLS = 50;
export const MAX_LANGUAGES = 20;
export const MAX_SALARY = 10_000_000;
export const OFFER_LIMITS = { title: 200, description: 20_000, occupation: 300, skill: 200, city: 100 } as const;

@ValidatorConstraint({ name: 'notBelowMin' })
class NotBelowMin implements ValidatorConstraintInterface {
  validate(max: unknown, args: ValidationArguments): boolean {
    const min = (args.object as SalaryDto).min;
    return typeof max !== 'number' || typeof min !== 'number' || max >= min;
  }
  defaultMessage(): string {
    return 'max must not be less than min';
  }
}

export class SalaryDto {
  @ApiProperty({ type: 'number', format: 'double', minimum: 0.01, maximum: MAX_SALARY, example: 48000, description: 'At most 2 decimals' })
  @DecimalNumber(2)
  @Min(0.01, { message: 'min must be a positive amount' })
  @Max(MAX_SALARY)
  min!: number;

  @ApiProperty({
    type: 'number',
    format: 'double',
    minimum: 0.01,
    maximum: MAX_SALARY,
    example: 62000,
    description: 'At most 2 decimals; not below `min`',
  })
  @DecimalNumber(2)
  @Min(0.01, { message: 'max must be a positive amount' })
  @Max(MAX_SALARY)
  @Validate(NotBelowMin)
  max!: number;

  @ApiProperty({ enum: ['EUR'], enumName: 'Currency' })
  @IsIn(['EUR'], { message: 'currency must be EUR' })
  currency!: 'EUR';

  @ApiProperty({ enum: SALARY_PERIODS, enumName: 'SalaryPeriod' })
  @IsIn(SALARY_PERIODS, { message: `period must be one of: ${SALARY_PERIODS.join(', ')}` })
  period!: SalaryPeriod;
}

export class LanguageRequirementDto {
  @ApiProperty({ type: String, maxLength: 2, pattern: '^[a-z]{2}$', example: 'de', description: 'ISO 639-1 code' })
  @IsIn(ISO_639_1_CODES, { message: 'code must be an ISO 639-1 language code (two lower-case letters, e.g. de)' })
  code!: LanguageCode;

  @ApiProperty({ enum: LANGUAGE_LEVELS, enumName: 'LanguageLevel' })
  @IsIn(LANGUAGE_LEVELS, { message: `minLevel must be one of: ${LANGUAGE_LEVELS.join(', ')}` })
  minLevel!: LanguageLevel;
}

export class CreateJobOfferDto {
  @ApiProperty({ type: String, example: 'Python-Entwickler/in (m/w/d)', maxLength: OFFER_LIMITS.title })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty()
  @MaxLength(OFFER_LIMITS.title)
  title!: string;

  @ApiProperty({ type: String, maxLength: OFFER_LIMITS.description })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty()
  @MaxLength(OFFER_LIMITS.description)
  description!: string;

  @ApiProperty({
    type: String,
    maxLength: OFFER_LIMITS.occupation,
    example: 'Softwareentwickler/in',
    description: 'Free text in de/en/pl/cs or an ESCO occupation URI',
  })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty()
  @MaxLength(OFFER_LIMITS.occupation)
  occupation!: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', maxLength: OFFER_LIMITS.skill },
    maxItems: MAX_SKILLS,
    example: ['Python', 'SQL'],
  })
  @StringList(MAX_SKILLS, OFFER_LIMITS.skill)
  requiredSkills!: string[];

  @ApiProperty({ type: 'array', items: { type: 'string', maxLength: OFFER_LIMITS.skill }, maxItems: MAX_SKILLS, example: ['Docker'] })
  @StringList(MAX_SKILLS, OFFER_LIMITS.skill)
  optionalSkills!: string[];

  @ApiProperty({ type: [LanguageRequirementDto], maxItems: MAX_LANGUAGES, description: 'Each language at most once' })
  @NestedList(LanguageRequirementDto, MAX_LANGUAGES)
  @ArrayUnique((l: LanguageRequirementDto) => l?.code, { message: 'languages must not list the same language twice' })
  languages!: LanguageRequirementDto[];

  @ApiProperty({ type: String, maxLength: OFFER_LIMITS.city, example: 'Dresden' })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty()
  @MaxLength(OFFER_LIMITS.city)
  city!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5, pattern: '^\\d{5}$', example: '01067' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{5}$/, { message: 'postalCode must be a German postal code of exactly 5 digits' })
  postalCode?: string | null;

  @ApiProperty({ enum: WORKPLACES, enumName: 'Workplace' })
  @IsIn(WORKPLACES, { message: `workplace must be one of: ${WORKPLACES.join(', ')}` })
  workplace!: Workplace;

  @ApiProperty({ enum: CONTRACT_TYPES, enumName: 'ContractType' })
  @IsIn(CONTRACT_TYPES, { message: `contractType must be one of: ${CONTRACT_TYPES.join(', ')}` })
  contractType!: ContractType;

  @ApiProperty({ type: SalaryDto })
  @IsObject({ message: 'salary must be an object {min, max, currency, period}' })
  @ValidateNested()
  @Type(() => SalaryDto)
  salary!: SalaryDto;

  @ApiProperty()
  @IsBoolean()
  visaSponsorship!: boolean;

  @ApiProperty()
  @IsBoolean()
  relocationSupport!: boolean;

  @ApiPropertyOptional({ enum: DEGREE_LEVELS, enumName: 'DegreeLevel', nullable: true })
  @IsOptional()
  @IsIn(DEGREE_LEVELS, { message: `minDegree must be one of: ${DEGREE_LEVELS.join(', ')}` })
  minDegree?: DegreeLevel | null;

  @ApiPropertyOptional({ type: String, format: 'date', maxLength: 10, nullable: true, example: '2027-03-01' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startDate must be a date like 2027-03-01' })
  @IsISO8601({ strict: true }, { message: 'startDate must be a valid date' })
  startDate?: string | null;
}

/** Partial edit; `null` clears an optional field (postalCode, minDegree, startDate). */
export class UpdateJobOfferDto extends PartialType(CreateJobOfferDto) {
  @ApiProperty({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: INT32_MAX,
    description: 'The version you read; 409 if the offer changed since',
  })
  @IsInt()
  @Min(1)
  version!: number;
}

/** Fields of the body that must not be null on an edit (only the optional ones may be cleared). */
export const NON_NULLABLE_FIELDS = [
  'title',
  'description',
  'occupation',
  'requiredSkills',
  'optionalSkills',
  'languages',
  'city',
  'workplace',
  'contractType',
  'salary',
  'visaSponsorship',
  'relocationSupport',
] as const satisfies readonly (keyof CreateJobOfferDto)[];

import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
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
import { NestedList, StringList, trimText } from '../../common/http/dto-decorators';
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
const MAX_SALARY = 10_000_000;

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
  @ApiProperty({ example: 48000 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0.01, { message: 'min must be a positive amount' })
  @Max(MAX_SALARY)
  min!: number;

  @ApiProperty({ example: 62000 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0.01, { message: 'max must be a positive amount' })
  @Max(MAX_SALARY)
  @Validate(NotBelowMin)
  max!: number;

  @ApiProperty({ enum: ['EUR'] })
  @IsIn(['EUR'], { message: 'currency must be EUR' })
  currency!: 'EUR';

  @ApiProperty({ enum: SALARY_PERIODS })
  @IsIn(SALARY_PERIODS, { message: `period must be one of: ${SALARY_PERIODS.join(', ')}` })
  period!: SalaryPeriod;
}

export class LanguageRequirementDto {
  @ApiProperty({ type: String, example: 'de', description: 'ISO 639-1 code' })
  @IsIn(ISO_639_1_CODES, { message: 'code must be an ISO 639-1 language code (two lower-case letters, e.g. de)' })
  code!: LanguageCode;

  @ApiProperty({ enum: LANGUAGE_LEVELS })
  @IsIn(LANGUAGE_LEVELS, { message: `minLevel must be one of: ${LANGUAGE_LEVELS.join(', ')}` })
  minLevel!: LanguageLevel;
}

export class CreateJobOfferDto {
  @ApiProperty({ example: 'Python-Entwickler/in (m/w/d)', maxLength: 200 })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiProperty({ maxLength: 20000 })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  description!: string;

  @ApiProperty({ example: 'Softwareentwickler/in', description: 'Free text in de/en/pl/cs or an ESCO occupation URI' })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  occupation!: string;

  @ApiProperty({ type: [String], example: ['Python', 'SQL'], maxItems: MAX_SKILLS })
  @StringList(MAX_SKILLS, 200)
  requiredSkills!: string[];

  @ApiProperty({ type: [String], example: ['Docker'], maxItems: MAX_SKILLS })
  @StringList(MAX_SKILLS, 200)
  optionalSkills!: string[];

  @ApiProperty({ type: [LanguageRequirementDto] })
  @NestedList(LanguageRequirementDto, MAX_LANGUAGES)
  @ArrayUnique((l: LanguageRequirementDto) => l?.code, { message: 'languages must not list the same language twice' })
  languages!: LanguageRequirementDto[];

  @ApiProperty({ example: 'Dresden' })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  city!: string;

  @ApiPropertyOptional({ example: '01067' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{5}$/, { message: 'postalCode must be a German postal code of exactly 5 digits' })
  postalCode?: string | null;

  @ApiProperty({ enum: WORKPLACES })
  @IsIn(WORKPLACES, { message: `workplace must be one of: ${WORKPLACES.join(', ')}` })
  workplace!: Workplace;

  @ApiProperty({ enum: CONTRACT_TYPES })
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

  @ApiPropertyOptional({ enum: DEGREE_LEVELS })
  @IsOptional()
  @IsIn(DEGREE_LEVELS, { message: `minDegree must be one of: ${DEGREE_LEVELS.join(', ')}` })
  minDegree?: DegreeLevel | null;

  @ApiPropertyOptional({ example: '2027-03-01' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startDate must be a date like 2027-03-01' })
  @IsISO8601({ strict: true }, { message: 'startDate must be a valid date' })
  startDate?: string | null;
}

/** Partial edit; `null` clears an optional field (postalCode, minDegree, startDate). */
export class UpdateJobOfferDto extends PartialType(CreateJobOfferDto) {
  @ApiProperty({ description: 'The version you read; 409 if the offer changed since' })
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

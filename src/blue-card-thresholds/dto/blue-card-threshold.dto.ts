import { ApiProperty } from '@nestjs/swagger';
import { ApiDate, ApiDateTime, ApiNumber, ApiText, ApiUuid } from '../../common/http/api-schema';
import { DecimalNumber, trimText } from '../../common/http/dto-decorators';
import { Transform } from 'class-transformer';
import {
  IsISO8601,
  IsNotEmpty,
  IsString,
  Matches,
  Max,
  Min,
  MaxLength,
  registerDecorator,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';

/** numeric(10,2) holds at most 99,999,999.99. */
const MAX_EUR = 99_999_999.99;

/** The decorated number must not exceed the number in `property` (only checked when both are numbers). */
function NotGreaterThan(property: string, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'notGreaterThan',
      target: object.constructor,
      propertyName,
      constraints: [property],
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const other = (args.object as Record<string, unknown>)[args.constraints[0] as string];
          return typeof value !== 'number' || typeof other !== 'number' || value <= other;
        },
        defaultMessage: (args: ValidationArguments) => `${args.property} must not be greater than ${args.constraints[0] as string}`,
      },
    });
}

export class CreateBlueCardThresholdDto {
  @ApiProperty({
    type: String,
    format: 'date',
    maxLength: 10,
    example: '2027-01-01',
    description: 'ISO date from which the row applies; one row per date',
  })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validFrom must be a date in the form YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'validFrom must be a valid calendar date' })
  validFrom!: string;

  @ApiProperty({
    type: 'number',
    format: 'double',
    minimum: 0.01,
    maximum: MAX_EUR,
    example: 52000,
    description: 'Standard threshold, gross EUR a year (at most 2 decimals)',
  })
  @DecimalNumber(2, 'standardAnnualEur must be a number with at most 2 decimal places')
  @Min(0.01, { message: 'standardAnnualEur must be a positive number' })
  @Max(MAX_EUR)
  standardAnnualEur!: number;

  @ApiProperty({
    type: 'number',
    format: 'double',
    minimum: 0.01,
    maximum: MAX_EUR,
    example: 47112,
    description: 'Reduced threshold (shortage occupations, recent graduates), gross EUR a year; at most the standard one',
  })
  @DecimalNumber(2, 'reducedAnnualEur must be a number with at most 2 decimal places')
  @Min(0.01, { message: 'reducedAnnualEur must be a positive number' })
  @Max(MAX_EUR)
  @NotGreaterThan('standardAnnualEur')
  reducedAnnualEur!: number;

  @ApiProperty({ type: String, maxLength: 500, example: 'BMI announcement / make-it-in-germany.com Blue Card salary thresholds 2027' })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  source!: string;
}

export class BlueCardThresholdDto {
  @ApiUuid()
  id!: string;

  @ApiDate({ example: '2026-01-01' })
  validFrom!: string;

  @ApiNumber(0, MAX_EUR, { example: 50700 })
  standardAnnualEur!: number;

  @ApiNumber(0, MAX_EUR, { example: 45934.2 })
  reducedAnnualEur!: number;

  @ApiText(500)
  source!: string;

  @ApiDateTime()
  createdAt!: string;
}

export class BlueCardThresholdListDto {
  @ApiProperty({ type: [BlueCardThresholdDto], description: 'Every row (one a year or so), oldest first' })
  items!: BlueCardThresholdDto[];
}

export function toBlueCardThresholdDto(row: {
  id: string;
  validFrom: string;
  standardAnnualEur: number;
  reducedAnnualEur: number;
  source: string;
  createdAt: Date;
}): BlueCardThresholdDto {
  return {
    id: row.id,
    validFrom: row.validFrom,
    standardAnnualEur: row.standardAnnualEur,
    reducedAnnualEur: row.reducedAnnualEur,
    source: row.source,
    createdAt: row.createdAt.toISOString(),
  };
}

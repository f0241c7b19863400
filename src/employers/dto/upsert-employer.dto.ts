import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { trimText } from '../../common/http/dto-decorators';
import { INT32_MAX } from '../../common/http/api-schema';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength, Min } from 'class-validator';
import { EMPLOYER_SIZES, type EmployerSize } from '../entities/employer.entity';

export const EMPLOYER_LIMITS = { name: 200, website: 500, city: 100, industry: 100, description: 5000 } as const;

/** German commercial, cooperative, partnership, association and civil-law partnership registers. */
export const REGISTRATION_NUMBER = /^(HRA|HRB|GnR|PR|VR|GsR) \d{1,6}( [A-Z]{1,2})?$/;
export const POSTAL_CODE = /^\d{5}$/;

export class UpsertEmployerDto {
  @ApiProperty({ type: String, example: 'Elbtal Software GmbH', maxLength: EMPLOYER_LIMITS.name })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty()
  @MaxLength(EMPLOYER_LIMITS.name)
  name!: string;

  @ApiPropertyOptional({ type: String, format: 'uri', maxLength: EMPLOYER_LIMITS.website, example: 'https://elbtal-software.example' })
  @IsOptional()
  @Transform(trimText)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be an http(s) URL' })
  @MaxLength(EMPLOYER_LIMITS.website)
  website?: string;

  @ApiProperty({ type: String, maxLength: EMPLOYER_LIMITS.city, example: 'Dresden' })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty()
  @MaxLength(EMPLOYER_LIMITS.city)
  city!: string;

  @ApiProperty({ type: String, maxLength: 5, pattern: POSTAL_CODE.source, example: '01067', description: 'German postal code (5 digits)' })
  @IsString()
  @Matches(POSTAL_CODE, { message: 'postalCode must be a German postal code of exactly 5 digits' })
  postalCode!: string;

  @ApiProperty({ type: String, maxLength: EMPLOYER_LIMITS.industry, example: 'Software' })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty()
  @MaxLength(EMPLOYER_LIMITS.industry)
  industry!: string;

  @ApiProperty({ enum: EMPLOYER_SIZES, enumName: 'EmployerSize' })
  @IsIn(EMPLOYER_SIZES, { message: `size must be one of: ${EMPLOYER_SIZES.join(', ')}` })
  size!: EmployerSize;

  @ApiProperty({ type: String, maxLength: EMPLOYER_LIMITS.description })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty()
  @MaxLength(EMPLOYER_LIMITS.description)
  description!: string;

  @ApiPropertyOptional({
    type: String,
    maxLength: 32,
    pattern: REGISTRATION_NUMBER.source,
    example: 'HRB 12345',
    description: 'German register entry, e.g. "HRB 12345" or "HRA 1234 B"',
  })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @Matches(REGISTRATION_NUMBER, {
    message: 'registrationNumber must look like "HRB 12345" (HRA, HRB, GnR, PR, VR or GsR, a space, 1–6 digits, optional court suffix)',
  })
  registrationNumber?: string;

  @ApiPropertyOptional({
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: INT32_MAX,
    description: 'When replacing: the version you read (409 if it changed since)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

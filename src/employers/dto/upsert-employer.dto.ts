import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { trimText } from '../../common/http/dto-decorators';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength, Min } from 'class-validator';
import { EMPLOYER_SIZES, type EmployerSize } from '../entities/employer.entity';


/** German commercial, cooperative, partnership, association and civil-law partnership registers. */
export const REGISTRATION_NUMBER = /^(HRA|HRB|GnR|PR|VR|GsR) \d{1,6}( [A-Z]{1,2})?$/;

export class UpsertEmployerDto {
  @ApiProperty({ example: 'Elbtal Software GmbH', maxLength: 200 })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'https://elbtal-software.example' })
  @IsOptional()
  @Transform(trimText)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be an http(s) URL' })
  @MaxLength(500)
  website?: string;

  @ApiProperty({ example: 'Dresden' })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  city!: string;

  @ApiProperty({ example: '01067', description: 'German postal code (5 digits)' })
  @IsString()
  @Matches(/^\d{5}$/, { message: 'postalCode must be a German postal code of exactly 5 digits' })
  postalCode!: string;

  @ApiProperty({ example: 'Software' })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  industry!: string;

  @ApiProperty({ enum: EMPLOYER_SIZES })
  @IsIn(EMPLOYER_SIZES, { message: `size must be one of: ${EMPLOYER_SIZES.join(', ')}` })
  size!: EmployerSize;

  @ApiProperty({ maxLength: 5000 })
  @Transform(trimText)
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  description!: string;

  @ApiPropertyOptional({ example: 'HRB 12345', description: 'German register entry, e.g. "HRB 12345" or "HRA 1234 B"' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @Matches(REGISTRATION_NUMBER, {
    message: 'registrationNumber must look like "HRB 12345" (HRA, HRB, GnR, PR, VR or GsR, a space, 1–6 digits, optional court suffix)',
  })
  registrationNumber?: string;

  @ApiPropertyOptional({ description: 'When replacing: the version you read (409 if it changed since)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

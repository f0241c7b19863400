import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PaginationQueryDto } from '../../common/http/pagination';
import { LANGUAGE_LEVELS } from '../../common/reference/levels';
import type { TaxonomyLanguage } from '../../taxonomy/entities/esco-label.entity';
import { ShownLanguage } from '../../taxonomy/dto/taxonomy-query.dto';
import { CONTRACT_TYPES, WORKPLACES, type ContractType, type Workplace } from '../../common/reference/levels';

/** `a,b , c` (or a repeated parameter) → ['a', 'b', 'c']. */
export const commaList = ({ value }: { value: unknown }): unknown => {
  if (value === undefined || value === null) return value;
  const raw = Array.isArray(value) ? value.map(String).join(',') : typeof value === 'string' ? value : value;
  if (typeof raw !== 'string') return raw;
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
};

export const LANGUAGE_FILTER = new RegExp(`^[a-z]{2}:(${LANGUAGE_LEVELS.join('|')})$`);

export class SearchJobOffersQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ description: 'Free text, typo-tolerant, in de/en/pl/cs', example: 'Softwareentwickler' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Comma list of skills (text in any language or ESCO URIs); all must match', example: 'Python,SQL' })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  skills?: string[];

  @ApiPropertyOptional({
    description: 'The languages you speak, comma list of code:level; only offers whose every requirement you meet',
    example: 'de:B2,en:C1',
  })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(LANGUAGE_FILTER, {
    each: true,
    message: `languages must be a comma list of code:level with an ISO 639-1 code and a level of ${LANGUAGE_LEVELS.join(', ')}, e.g. de:B2,en:C1`,
  })
  languages?: string[];

  @ApiPropertyOptional({ description: 'Comma list of cities (any of them)', example: 'Dresden,Leipzig' })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  cities?: string[];

  @ApiPropertyOptional({ description: `Comma list of ${WORKPLACES.join(', ')}` })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @IsIn(WORKPLACES, { each: true, message: `workplace must be a comma list of: ${WORKPLACES.join(', ')}` })
  workplace?: Workplace[];

  @ApiPropertyOptional({ description: `Comma list of ${CONTRACT_TYPES.join(', ')}` })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @IsIn(CONTRACT_TYPES, { each: true, message: `contractType must be a comma list of: ${CONTRACT_TYPES.join(', ')}` })
  contractType?: ContractType[];

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'visaSponsorship must be true or false' })
  visaSponsorship?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'Minimum annual salary in EUR (monthly × 12, hourly × 40 × 52)', example: 45000 })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'minSalary must be a number (annual EUR)' })
  @Min(0)
  @Max(10_000_000)
  minSalary?: number;

  /** Language of the items' skill and occupation labels (facet keys stay the stored labels). */
  @ShownLanguage()
  lang: TaxonomyLanguage = 'en';
}

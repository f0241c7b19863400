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

const LANGUAGE_ITEM = `[a-z]{2}:(${LANGUAGE_LEVELS.join('|')})`;
export const LANGUAGE_FILTER = new RegExp(`^${LANGUAGE_ITEM}$`);

/** How long a comma list of at most 20 values of `itemLength` characters can be. */
const listLength = (itemLength: number) => 20 * (itemLength + 1);

export class SearchJobOffersQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ type: String, maxLength: 200, description: 'Free text, typo-tolerant, in de/en/pl/cs', example: 'Softwareentwickler' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    type: String,
    maxLength: listLength(200),
    description: 'Comma list of at most 20 skills (text in any language or ESCO URIs, each at most 200 characters); all must match',
    example: 'Python,SQL',
  })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  skills?: string[];

  @ApiPropertyOptional({
    type: String,
    maxLength: listLength(9),
    pattern: `^${LANGUAGE_ITEM}(,${LANGUAGE_ITEM})*$`,
    description: 'The languages you speak, comma list of at most 20 code:level; only offers whose every requirement you meet',
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

  @ApiPropertyOptional({
    type: String,
    maxLength: listLength(100),
    description: 'Comma list of at most 20 cities (any of them)',
    example: 'Dresden,Leipzig',
  })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  cities?: string[];

  @ApiPropertyOptional({
    type: String,
    maxLength: 100,
    pattern: `^(${WORKPLACES.join('|')})(,(${WORKPLACES.join('|')}))*$`,
    description: `Comma list of ${WORKPLACES.join(', ')}`,
  })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @IsIn(WORKPLACES, { each: true, message: `workplace must be a comma list of: ${WORKPLACES.join(', ')}` })
  workplace?: Workplace[];

  @ApiPropertyOptional({
    type: String,
    maxLength: 100,
    pattern: `^(${CONTRACT_TYPES.join('|')})(,(${CONTRACT_TYPES.join('|')}))*$`,
    description: `Comma list of ${CONTRACT_TYPES.join(', ')}`,
  })
  @IsOptional()
  @Transform(commaList)
  @IsArray()
  @IsIn(CONTRACT_TYPES, { each: true, message: `contractType must be a comma list of: ${CONTRACT_TYPES.join(', ')}` })
  contractType?: ContractType[];

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'visaSponsorship must be true or false' })
  visaSponsorship?: 'true' | 'false';

  @ApiPropertyOptional({
    type: 'number',
    format: 'double',
    minimum: 0,
    maximum: 10_000_000,
    description: 'Minimum annual salary in EUR (monthly × 12, hourly × 40 × 52)',
    example: 45000,
  })
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

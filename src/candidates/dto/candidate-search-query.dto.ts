import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PaginationQueryDto } from '../../common/http/pagination';
import { ShownLanguage } from '../../taxonomy/dto/taxonomy-query.dto';
import type { TaxonomyLanguage } from '../../taxonomy/entities/esco-label.entity';
import { DEGREE_LEVELS, WORK_PERMITS } from '../reference/levels';
import type { DegreeLevel } from '../reference/levels';

const LEVEL = '(A1|A2|B1|B2|C1|C2|native)';
const LANGUAGES_PATTERN = new RegExp(`^[a-z]{2}:${LEVEL}(,[a-z]{2}:${LEVEL}){0,19}$`);
const WORK_PERMITS_PATTERN = new RegExp(`^(${WORK_PERMITS.join('|')})(,(${WORK_PERMITS.join('|')})){0,2}$`);

/**
 * Query of GET /candidates/search. Everything arrives as text; the service
 * parses the lists. Every value ends up as a quoted literal in the filter
 * (filter-expression.ts), never as syntax.
 */
export class CandidateSearchQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ type: String, maxLength: 200, description: 'free text in de/en/pl/cs, typo-tolerant' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    type: String,
    maxLength: 2000,
    description: 'comma list of at most 20 skills (any language, or ESCO URIs; each at most 200 characters); all must match',
    example: 'Python,SQL',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  skills?: string;

  @ApiPropertyOptional({
    type: String,
    maxLength: 20 * 10,
    pattern: LANGUAGES_PATTERN.source,
    description: 'comma list of at most 20 code:level; each at that level or higher',
    example: 'de:B2,en:C1',
  })
  @IsOptional()
  @IsString()
  @Matches(LANGUAGES_PATTERN, {
    message: 'languages must be a comma list of code:level, e.g. de:B2,en:C1 (levels A1 A2 B1 B2 C1 C2 native)',
  })
  languages?: string;

  @ApiPropertyOptional({
    type: String,
    maxLength: 2000,
    description: 'comma list of at most 20 municipalities; any of them',
    example: 'Dresden,Leipzig',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  cities?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    maxLength: 10,
    description: 'available on or before this date; profiles that state no date are kept',
    example: '2027-03-01',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'availableBefore must be a date like 2027-03-01' })
  @MaxLength(10, { message: 'availableBefore must be a date like 2027-03-01' })
  availableBefore?: string;

  @ApiPropertyOptional({
    type: String,
    maxLength: 100,
    pattern: WORK_PERMITS_PATTERN.source,
    description: `comma list of ${WORK_PERMITS.join(', ')}`,
  })
  @IsOptional()
  @IsString()
  @Matches(WORK_PERMITS_PATTERN, {
    message: `workPermit must be one or more of ${WORK_PERMITS.join(', ')} (comma separated)`,
  })
  workPermit?: string;

  @ApiPropertyOptional({ enum: DEGREE_LEVELS })
  @IsOptional()
  @IsIn(DEGREE_LEVELS, { message: `minDegree must be one of ${DEGREE_LEVELS.join(', ')}` })
  minDegree?: DegreeLevel;

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'crossBorderCommuter must be true or false' })
  crossBorderCommuter?: 'true' | 'false';

  /** Language of the items' skill and occupation labels (facet keys stay the stored labels). */
  @ShownLanguage()
  lang: TaxonomyLanguage = 'en';
}

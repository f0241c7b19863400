import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PaginationQueryDto } from '../../common/http/pagination';
import { ShownLanguage } from '../../taxonomy/dto/taxonomy-query.dto';
import type { TaxonomyLanguage } from '../../taxonomy/entities/esco-label.entity';
import { DEGREE_LEVELS, WORK_PERMITS } from '../reference/levels';
import type { DegreeLevel } from '../reference/levels';

const LEVEL = '(A1|A2|B1|B2|C1|C2|native)';

/**
 * Query of GET /candidates/search. Everything arrives as text; the service
 * parses the lists. Every value ends up as a quoted literal in the filter
 * (filter-expression.ts), never as syntax.
 */
export class CandidateSearchQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ description: 'free text in de/en/pl/cs, typo-tolerant' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'comma list of skills (any language, or ESCO URIs); all must match', example: 'Python,SQL' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  skills?: string;

  @ApiPropertyOptional({ description: 'comma list of code:level; each at that level or higher', example: 'de:B2,en:C1' })
  @IsOptional()
  @IsString()
  @Matches(new RegExp(`^[a-z]{2}:${LEVEL}(,[a-z]{2}:${LEVEL}){0,19}$`), {
    message: 'languages must be a comma list of code:level, e.g. de:B2,en:C1 (levels A1 A2 B1 B2 C1 C2 native)',
  })
  languages?: string;

  @ApiPropertyOptional({ description: 'comma list of municipalities; any of them', example: 'Dresden,Leipzig' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  cities?: string;

  @ApiPropertyOptional({ description: 'available on or before this date; profiles that state no date are kept', example: '2027-03-01' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'availableBefore must be a date like 2027-03-01' })
  @MaxLength(10, { message: 'availableBefore must be a date like 2027-03-01' })
  availableBefore?: string;

  @ApiPropertyOptional({ description: `comma list of ${WORK_PERMITS.join(', ')}` })
  @IsOptional()
  @IsString()
  @Matches(new RegExp(`^(${WORK_PERMITS.join('|')})(,(${WORK_PERMITS.join('|')})){0,2}$`), {
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

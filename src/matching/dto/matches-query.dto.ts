import { PaginationQueryDto } from '../../common/http/pagination';
import { ShownLanguage } from '../../taxonomy/dto/taxonomy-query.dto';
import type { TaxonomyLanguage } from '../../taxonomy/entities/esco-label.entity';

/** `page` and `limit` (≤ 100); page × limit may reach at most MAX_MATCH_DEPTH into the ranking. `lang`: labels shown. */
export class MatchesQueryDto extends PaginationQueryDto {
  @ShownLanguage()
  lang: TaxonomyLanguage = 'en';
}

import { PaginationQueryDto } from '../../common/http/pagination';

/** `page` and `limit` (≤ 100); page × limit may reach at most MAX_MATCH_DEPTH into the ranking. */
export class MatchesQueryDto extends PaginationQueryDto {}

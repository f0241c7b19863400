import { ApiCounts, ApiInteger, ApiList, ApiObject, INT32_MAX } from '../../common/http/api-schema';
import { MAX_PAGE, MAX_PAGE_SIZE } from '../../common/http/pagination';
import { JobOfferView } from './job-offer.view';

/** Meilisearch answers at most this many values per facet (faceting.maxValuesPerFacet of the index). */
export const MAX_FACET_VALUES = 100;

export class JobOfferFacets {
  @ApiCounts(MAX_FACET_VALUES, { description: 'Skill label → number of matching offers' })
  skills!: Record<string, number>;

  @ApiCounts(MAX_FACET_VALUES, { description: 'City → number of matching offers' })
  cities!: Record<string, number>;

  @ApiCounts(MAX_FACET_VALUES, { description: 'Required language code → number of matching offers' })
  languages!: Record<string, number>;
}

export class JobOfferSearchResult {
  @ApiList(JobOfferView, MAX_PAGE_SIZE, { description: 'Published offers, best match first' })
  items!: JobOfferView[];

  @ApiInteger(0, INT32_MAX, { description: 'How many offers match (all pages)' })
  total!: number;

  @ApiInteger(1, MAX_PAGE)
  page!: number;

  @ApiInteger(1, MAX_PAGE_SIZE)
  limit!: number;

  @ApiObject(JobOfferFacets)
  facets!: JobOfferFacets;

  @ApiInteger(0, INT32_MAX)
  processingTimeMs!: number;
}

import { Injectable } from '@nestjs/common';
import { InputValidationError } from '../common/errors/common.errors';
import { ISO_639_1_CODES, isLanguageCode } from '../common/languages/languages';
import { LanguageLevel, languageLevelRank } from '../common/reference/levels';
import { and, anyOf, atLeast, equals, literal } from '../search/filter-expression';
import { SearchEngineService } from '../search/search-engine.service';
import { normalizeLabel } from '../taxonomy/label-normalizer';
import { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';
import { offerViewConcepts, relabelOfferView, type JobOfferView } from './dto/job-offer.view';
import type { JobOfferSearchResult } from './dto/job-offer-search.view';
import type { SearchJobOffersQueryDto } from './dto/search-job-offers.dto';
import { PUBLIC_VIEW_FIELDS, type JobOfferDocument } from './job-offer-document';
import { JOB_OFFERS_INDEX } from './job-offers.index';

/** Public search over published offers. Every user value enters the filter as a literal, never as syntax. */
@Injectable()
export class JobOfferSearchService {
  constructor(
    private readonly engine: SearchEngineService,
    private readonly taxonomy: TaxonomyLookups,
  ) {}

  async search(query: SearchJobOffersQueryDto): Promise<JobOfferSearchResult> {
    const filter = and(
      await this.skillsFilter(query.skills),
      languagesFilter(query.languages),
      query.cities?.length ? anyOf('city', query.cities) : null,
      query.workplace?.length ? anyOf('workplace', query.workplace) : null,
      query.contractType?.length ? anyOf('contractType', query.contractType) : null,
      query.visaSponsorship ? equals('visaSponsorship', query.visaSponsorship === 'true') : null,
      query.minSalary !== undefined ? atLeast('salaryMinAnnualEur', query.minSalary) : null,
    );
    const q = query.q?.trim() ?? '';
    const result = await this.engine.search<JobOfferDocument & Record<string, unknown>>(JOB_OFFERS_INDEX, q, {
      filter,
      page: query.page,
      hitsPerPage: query.limit,
      facets: ['skillFacet', 'city', 'requiredLanguageCodes'],
      attributesToRetrieve: [...PUBLIC_VIEW_FIELDS],
      ...(q ? {} : { sort: ['publishedAtTs:desc'] }),
    });
    const facets = result.facetDistribution ?? {};
    const views = result.hits.map(pickView);
    const labels = await this.taxonomy.labels(views.flatMap(offerViewConcepts), query.lang);
    return {
      // Items in the reader's language; the facet keys stay the stored labels (they are what `skills` filters on).
      items: views.map((view) => relabelOfferView(view, labels)),
      total: result.totalHits ?? result.hits.length,
      page: query.page,
      limit: query.limit,
      facets: {
        skills: facets.skillFacet ?? {},
        cities: facets.city ?? {},
        languages: facets.requiredLanguageCodes ?? {},
      },
      processingTimeMs: result.processingTimeMs,
    };
  }

  /**
   * Every skill must match: a skill the taxonomy knows by its concept (so
   * "Python", "python (computer programming)" and its URI are the same); one it
   * does not know by the normalised free-text label offers carry.
   */
  private async skillsFilter(skills: string[] | undefined): Promise<string | null> {
    if (!skills?.length) return null;
    const resolved = await this.taxonomy.resolve('skill', skills);
    return resolved
      .map((concept, i) => (concept.escoUri ? equals('skillUris', concept.escoUri) : equals('skillTextKeys', normalizeLabel(skills[i]))))
      .join(' AND ');
  }
}

/** A language someone speaks, at a level: a searcher's (from the query) or a candidate's (from the profile). */
export interface SpokenLanguage {
  code: string;
  level: LanguageLevel;
}

/**
 * The job search's `languages` parameter: "code:level" entries (the DTO checked
 * their form), the searcher's levels. Absent or empty: no filter.
 */
export function languagesFilter(languages: string[] | undefined): string | null {
  if (!languages?.length) return null;
  return languageRequirementsMetFilter(
    languages.map((entry) => {
      const [code, level] = entry.split(':') as [string, LanguageLevel];
      return { code, level };
    }),
  );
}

/**
 * Offers whose every language requirement `spoken` meets: an offer is kept only
 * when it requires no language missing from `spoken`, and for each language in
 * it, at most that level. Nothing spoken: only offers requiring no language.
 */
export function languageRequirementsMetFilter(spoken: readonly SpokenLanguage[]): string {
  if (!spoken.length) return 'requiredLanguageCodes IS EMPTY OR requiredLanguageCodes NOT EXISTS';
  const held = new Map<string, number>();
  for (const { code, level } of spoken) {
    if (!isLanguageCode(code)) throw new InputValidationError(`languages: "${code}" is not an ISO 639-1 language code`);
    if (held.has(code)) throw new InputValidationError(`languages: ${code} is listed twice`);
    held.set(code, languageLevelRank(level));
  }
  const lacking = ISO_639_1_CODES.filter((c) => !held.has(c));
  const perLanguage = [...held].map(
    // `code` is one of ISO_639_1_CODES (checked above), so the attribute name is ours, not the caller's.
    ([code, rank]) => `languageMinLevels.${code} NOT EXISTS OR languageMinLevels.${code} <= ${literal(rank)}`,
  );
  const noLackingLanguage = lacking.length ? `requiredLanguageCodes NOT IN [${lacking.map(literal).join(', ')}]` : null;
  // At least one clause per spoken language, so the conjunction is never empty.
  return and(noLackingLanguage, ...perLanguage)!;
}

function pickView(hit: Record<string, unknown>): JobOfferView {
  const view: Record<string, unknown> = {};
  for (const field of PUBLIC_VIEW_FIELDS) if (field in hit) view[field] = hit[field];
  return view as unknown as JobOfferView;
}

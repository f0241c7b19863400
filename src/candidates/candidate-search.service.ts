import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { InputValidationError } from '../common/errors/common.errors';
import { allOf, and, anyOf, atLeast, equals } from '../search/filter-expression';
import { SearchEngineService } from '../search/search-engine.service';
import { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';
import { cityKey, conceptKey, isVisibleToEmployers, profileConcepts, toEmployerView } from './candidate-profile.mapper';
import { availableByOrNotStatedFilter } from './availability';
import { CANDIDATE_FACETS, CANDIDATES_INDEX } from './candidates.index';
import { CandidatesRepository } from './candidates.repository';
import { CandidatesService } from './candidates.service';
import { CandidateSearchQueryDto } from './dto/candidate-search-query.dto';
import type { CandidateSearchResult } from './dto/candidate-profile.view';
import { ISO_639_1_CODES } from '../common/languages/languages';
import { degreeLevelRank, languageLevelRank } from './reference/levels';
import type { LanguageLevel } from './reference/levels';

const MAX_LIST_VALUES = 20;

/**
 * Candidate search for verified employers and staff. Every user value enters
 * the Meilisearch filter as a quoted literal (filter-expression.ts); attribute
 * names come from code (a language code only after it matched the ISO list).
 * Hits are re-read from PostgreSQL and re-checked, so a profile hidden a
 * moment ago never shows even if the index lagged.
 */
@Injectable()
export class CandidateSearchService {
  constructor(
    private readonly engine: SearchEngineService,
    private readonly taxonomy: TaxonomyLookups,
    private readonly repository: CandidatesRepository,
    private readonly candidates: CandidatesService,
  ) {}

  async search(viewer: AuthenticatedUser, query: CandidateSearchQueryDto): Promise<CandidateSearchResult> {
    // The employer check runs beside the filter's skill resolution and the Meilisearch query (off the critical
    // path); nothing is read from PostgreSQL or answered before it passed, and a refused viewer is told so (403)
    // even when the query is also wrong or Meilisearch is down. The hits are bare ids, re-checked below.
    const [access, searched] = await Promise.allSettled([
      this.candidates.assertMaySeeCandidates(viewer),
      this.filter(query).then((filter) =>
        this.engine.search<{ id: string }>(CANDIDATES_INDEX, query.q?.trim() ?? '', {
          filter,
          page: query.page,
          hitsPerPage: query.limit,
          facets: [...CANDIDATE_FACETS],
          attributesToRetrieve: ['id'],
        }),
      ),
    ]);
    if (access.status === 'rejected') throw access.reason;
    if (searched.status === 'rejected') throw searched.reason;
    const response = searched.value;
    const ids = response.hits.map((h) => h.id);
    const rows = new Map((await this.repository.findByIds(ids)).filter(isVisibleToEmployers).map((r) => [r.id, r]));
    const distribution = response.facetDistribution ?? {};
    // One label lookup for the page; the facet keys stay the stored labels.
    const labels = await this.taxonomy.labels([...rows.values()].flatMap(profileConcepts), query.lang);
    return {
      items: ids.flatMap((id) => {
        const row = rows.get(id);
        return row ? [toEmployerView(row, null, labels)] : [];
      }),
      total: response.totalHits ?? ids.length,
      page: query.page,
      limit: query.limit,
      facets: {
        skills: distribution.skills ?? {},
        cities: distribution.cities ?? {},
        languages: distribution.languages ?? {},
        countries: distribution.countries ?? {},
      },
      processingTimeMs: response.processingTimeMs,
    };
  }

  private async filter(query: CandidateSearchQueryDto): Promise<string | undefined> {
    return and(
      await this.skillsFilter(query.skills),
      this.languagesFilter(query.languages),
      this.citiesFilter(query.cities),
      query.availableBefore ? availableByOrNotStatedFilter(query.availableBefore) : null,
      query.workPermit ? anyOf('workPermit', list('workPermit', query.workPermit)) : null,
      query.minDegree ? atLeast('degreeLevel', degreeLevelRank(query.minDegree)) : null,
      query.crossBorderCommuter ? equals('crossBorderCommuter', query.crossBorderCommuter === 'true') : null,
    );
  }

  /** Every listed skill must match: resolved to its ESCO concept (any language, typo-tolerant) or compared as free text. */
  private async skillsFilter(raw: string | undefined): Promise<string | null> {
    if (raw === undefined) return null;
    const skills = list('skills', raw);
    if (!skills.length) return null;
    const resolved = await this.taxonomy.resolve('skill', skills);
    return allOf('skillKeys', [...new Set(resolved.map((r) => conceptKey({ label: r.label, escoUri: r.escoUri })))]);
  }

  /** `de:B2,en:C1`: each language at that level or higher (native highest). The DTO already checked the syntax. */
  private languagesFilter(raw: string | undefined): string | null {
    if (raw === undefined) return null;
    const clauses: string[] = [];
    const seen = new Set<string>();
    for (const item of raw.split(',')) {
      const [code, level] = item.split(':') as [string, LanguageLevel];
      if (!(ISO_639_1_CODES as readonly string[]).includes(code)) {
        throw new InputValidationError(`languages: "${code}" is not an ISO 639-1 language code`);
      }
      if (seen.has(code)) throw new InputValidationError(`languages: ${code} is listed twice`);
      seen.add(code);
      clauses.push(atLeast(`languageLevels.${code}`, languageLevelRank(level)));
    }
    return and(...clauses) ?? null;
  }

  private citiesFilter(raw: string | undefined): string | null {
    if (raw === undefined) return null;
    // A value that normalises to nothing (e.g. only punctuation) still filters: it matches no city.
    const cities = list('cities', raw).map((c) => cityKey(c) || c.toLowerCase());
    return cities.length ? anyOf('cityKeys', cities) : null;
  }
}

/** A comma list: trimmed, empties dropped, at most MAX_LIST_VALUES values of at most 200 characters. */
function list(param: string, raw: string): string[] {
  const values = raw
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  if (values.length > MAX_LIST_VALUES) throw new InputValidationError(`${param} may list at most ${MAX_LIST_VALUES} values`);
  if (values.some((v) => v.length > 200)) throw new InputValidationError(`${param}: each value may have at most 200 characters`);
  return values;
}

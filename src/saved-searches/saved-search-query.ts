import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { CandidateSearchQueryDto } from '../candidates/dto/candidate-search-query.dto';
import { SearchJobOffersQueryDto } from '../job-offers/dto/search-job-offers.dto';
import type { SavedSearchKind } from './entities/saved-search.entity';

/** The query DTO of each search route: a saved query is checked by exactly the class the route uses. */
export const SEARCH_QUERY_DTOS = {
  job_offers: SearchJobOffersQueryDto,
  candidates: CandidateSearchQueryDto,
} as const;

export type SearchQueryOf<K extends SavedSearchKind> = InstanceType<(typeof SEARCH_QUERY_DTOS)[K]>;

/** Parameters that page or label the answer: kept as given, but an alert looks at all results in any case. */
const PRESENTATION_PARAMETERS = new Set(['page', 'limit', 'lang']);

/** At most this many parameters (the routes have fewer). */
const MAX_PARAMETERS = 20;

export interface CheckedQuery {
  /** The parameters as the search route receives them (strings), only those that were given. */
  query: Record<string, string>;
  /** One message per problem, each naming `query.<parameter>`; empty when the query is valid. */
  errors: string[];
}

/**
 * Checks a saved search's `query` with the search route's own DTO. Values may
 * be given as in a URL (strings) or as JSON (numbers, booleans, lists of
 * strings); they are stored as the route would receive them.
 */
export function checkSavedQuery(kind: SavedSearchKind, raw: Record<string, unknown>): CheckedQuery {
  const query: Record<string, string> = {};
  const errors: string[] = [];
  const entries = Object.entries(raw);
  if (entries.length > MAX_PARAMETERS) errors.push(`query may have at most ${MAX_PARAMETERS} parameters`);
  for (const [name, value] of entries) {
    const text = asParameter(value);
    if (text === null) errors.push(`query.${name} must be a string, a number, true/false or a list of strings`);
    else query[name] = text;
  }
  if (errors.length) return { query, errors };
  const dto: object = plainToInstance(SEARCH_QUERY_DTOS[kind] as new () => object, query);
  const problems = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: false, value: false } });
  return { query, errors: problems.flatMap(messagesOf) };
}

/** The saved parameters as the search service takes them (the route's DTO after transformation), first page of `limit`. */
export function searchQueryFor<K extends SavedSearchKind>(
  kind: K,
  query: Record<string, string>,
  page: number,
  limit: number,
): SearchQueryOf<K> {
  return plainToInstance(SEARCH_QUERY_DTOS[kind] as new () => SearchQueryOf<K>, { ...query, page: String(page), limit: String(limit) });
}

/** Where the results of a saved search are in the web app: the search page with the saved parameters. */
export function searchPageLink(kind: SavedSearchKind, query: Record<string, string>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (PRESENTATION_PARAMETERS.has(name)) continue;
    // The job search page takes the languages one can work in as codes (it asks the API for any level).
    params.set(name, kind === 'job_offers' && name === 'languages' ? value.replace(/:[A-Za-z0-9]+/g, '') : value);
  }
  const path = kind === 'job_offers' ? '/' : '/employer/candidates';
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function asParameter(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join(',');
  return null;
}

function messagesOf(error: ValidationError): string[] {
  return Object.entries(error.constraints ?? {}).map(([constraint, message]) => {
    if (constraint === 'whitelistValidation') return `query.${error.property} is not a parameter of this search`;
    return message.startsWith(error.property) ? `query.${message}` : `query.${error.property}: ${message}`;
  });
}

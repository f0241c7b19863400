import type { components } from '../../api';

export type Workplace = components['schemas']['Workplace'];
export type ContractType = components['schemas']['ContractType'];

export const WORKPLACES: readonly Workplace[] = ['onsite', 'hybrid', 'remote'];
export const CONTRACT_TYPES: readonly ContractType[] = ['permanent', 'fixed_term', 'internship', 'apprenticeship'];
export const PAGE_SIZE = 20;

/** The job search as the landing page's URL holds it (?q=…&cities=Dresden,Leipzig&page=2). */
export interface JobSearch {
  q: string;
  skills: string[];
  cities: string[];
  /** ISO 639-1 codes of the languages the searcher can work in. */
  languages: string[];
  workplace: Workplace[];
  contractType: ContractType[];
  visaSponsorship: boolean;
  /** Annual EUR, '' when not set (kept as typed). */
  minSalary: string;
  page: number;
}

const list = (params: URLSearchParams, key: string) =>
  (params.get(key) ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);

const oneOf = <T extends string>(values: string[], allowed: readonly T[]) =>
  values.filter((value): value is T => allowed.includes(value as T));

export function readSearch(params: URLSearchParams): JobSearch {
  const page = Number(params.get('page'));
  const salary = params.get('minSalary') ?? '';
  return {
    q: params.get('q') ?? '',
    skills: list(params, 'skills'),
    cities: list(params, 'cities'),
    languages: list(params, 'languages').filter((code) => /^[a-z]{2}$/.test(code)),
    workplace: oneOf(list(params, 'workplace'), WORKPLACES),
    contractType: oneOf(list(params, 'contractType'), CONTRACT_TYPES),
    visaSponsorship: params.get('visaSponsorship') === 'true',
    minSalary: salaryValue(salary) ?? '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The URL parameters of a search: only what is set, in a stable order, so equal searches share a URL. */
export function writeSearch(search: JobSearch): URLSearchParams {
  const params = new URLSearchParams();
  const q = search.q.trim();
  if (q) params.set('q', q);
  const lists = {
    skills: search.skills,
    cities: search.cities,
    languages: search.languages,
    workplace: search.workplace,
    contractType: search.contractType,
  };
  for (const [key, values] of Object.entries(lists)) if (values.length) params.set(key, values.join(','));
  if (search.visaSponsorship) params.set('visaSponsorship', 'true');
  if (search.minSalary) params.set('minSalary', search.minSalary);
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

/** The query of GET /api/v1/job-offers/search for it (a language you can work in counts at any level). */
export function apiQuery(search: JobSearch) {
  const q = search.q.trim();
  return {
    ...(q ? { q } : {}),
    ...(search.skills.length ? { skills: search.skills.join(',') } : {}),
    ...(search.cities.length ? { cities: search.cities.join(',') } : {}),
    ...(search.languages.length ? { languages: search.languages.map((code) => `${code}:native`).join(',') } : {}),
    ...(search.workplace.length ? { workplace: search.workplace.join(',') } : {}),
    ...(search.contractType.length ? { contractType: search.contractType.join(',') } : {}),
    ...(search.visaSponsorship ? { visaSponsorship: 'true' as const } : {}),
    ...(search.minSalary ? { minSalary: Number(search.minSalary) } : {}),
    page: search.page,
    limit: PAGE_SIZE,
  };
}

export const MAX_SALARY = 10_000_000;

/**
 * A typed minimum salary as the URL keeps it: '45.000', '45 000' or '45,000' → '45000'; '' when empty;
 * null when it is no whole number of euros up to MAX_SALARY (the field then says so).
 */
export function salaryValue(typed: string): string | null {
  const digits = typed.trim().replace(/[\s.,'\u00a0\u202f]/g, '');
  if (!digits) return '';
  if (!/^\d+$/.test(digits) || Number(digits) > MAX_SALARY) return null;
  return String(Number(digits));
}

/** Adds or removes a value of a list filter. */
export function toggle<T>(values: readonly T[], value: T, on: boolean): T[] {
  return on ? (values.includes(value) ? [...values] : [...values, value]) : values.filter((v) => v !== value);
}

/** The facet's values, most offers first, with the chosen ones kept even when the facet no longer has them. */
export function facetOptions(
  facet: Record<string, number> | undefined,
  chosen: readonly string[],
  max = 12,
): { value: string; count: number | null }[] {
  const entries = Object.entries(facet ?? {})
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, max)
    .map(([value, count]) => ({ value, count: count as number | null }));
  for (const value of chosen) if (!entries.some((entry) => entry.value === value)) entries.push({ value, count: facet?.[value] ?? null });
  return entries;
}

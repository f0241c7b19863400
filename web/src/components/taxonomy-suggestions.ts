import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api';
import { currentLanguage } from '../i18n';
import { useDebouncedValue } from './useDebouncedValue';

export type TaxonomyKind = 'skill' | 'occupation';

const ROUTES = { skill: '/api/v1/taxonomy/skills', occupation: '/api/v1/taxonomy/occupations' } as const;

/** The taxonomy suggestions for what was typed (ESCO labels in the chosen language). */
export function useTaxonomySuggestions(kind: TaxonomyKind, text: string, limit = 8) {
  const q = useDebouncedValue(text.trim(), 200);
  return useQuery({
    queryKey: ['taxonomy', kind, q, limit, currentLanguage()],
    queryFn: ({ signal }) => unwrap(api.GET(ROUTES[kind], { params: { query: { q, limit } }, signal })),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

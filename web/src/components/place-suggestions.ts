import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api';
import { useDebouncedValue } from './useDebouncedValue';

/** Saxon municipalities for what was typed (GET /api/v1/places?q=: official data, typos tolerated). */
export function usePlaceSuggestions(text: string, limit = 8) {
  const q = useDebouncedValue(text.trim(), 200);
  return useQuery({
    queryKey: ['places', q, limit],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/places', { params: { query: { q, limit } }, signal })),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 60 * 60_000,
  });
}

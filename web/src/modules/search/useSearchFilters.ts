import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { type SearchFilters } from './searchApi';
import { searchTypeValues } from '../../lib/api/enums';

export type FacetName = 'type' | 'theme' | 'country' | 'year';

/** The query and the facet filters as a URL's query string holds them. */
export function searchFiltersOf(params: URLSearchParams): SearchFilters {
  return {
    q: params.get('q') ?? '',
    type: searchTypeValues.find((candidate) => candidate === params.get('type')),
    theme: params.get('theme') ?? undefined,
    country: params.get('country') ?? undefined,
    year: params.get('year') ?? undefined,
  };
}

/** The query and the facet filters, kept in the URL so a search can be bookmarked and shared. */
export function useSearchFilters(): [SearchFilters, (name: FacetName, value: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const filters = searchFiltersOf(params);
  const setFilter = useCallback(
    (name: FacetName, value: string | undefined) =>
      setParams((previous) => {
        const updated = new URLSearchParams(previous);
        if (value) updated.set(name, value);
        else updated.delete(name);
        return updated;
      }),
    [setParams],
  );
  return [filters, setFilter];
}

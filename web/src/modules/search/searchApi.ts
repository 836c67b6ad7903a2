import { api, dataOf } from '../../lib/api/client';
import type { QueryOf, ResponseOf } from '../../lib/api/contract';
import { searchTypeValues } from '../../lib/api/enums';

export type SearchResult = ResponseOf<'/api/search'>;
export type SearchHit = SearchResult['items'][number];
export type SearchType = SearchHit['type'];
/** A passage of text; `hit` marks the words that matched. Plain text, never markup. */
export type Segment = SearchHit['snippet'][number];
export type SearchFacets = NonNullable<SearchResult['facets']>;
export type FacetValue = SearchFacets['country'][number];
export type SearchPlace = SearchResult['places'][number];
/** What the search page's address holds; the year as typed there. */
export type SearchFilters = Pick<QueryOf<'/api/search'>, 'type' | 'theme' | 'country'> & { q: string; year?: string };

export const SEARCH_TYPES = searchTypeValues;

export const searchKeys = {
  all: ['search'] as const,
  results: (filters: SearchFilters) => ['search', filters] as const,
};

export const searchApi = {
  search: (query: QueryOf<'/api/search'>, signal?: AbortSignal) => dataOf(api.GET('/api/search', { params: { query }, signal })),
};

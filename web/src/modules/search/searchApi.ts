import { api, dataOf } from '../../lib/api/client';
import { enumValues, type QueryOf, type ResponseOf } from '../../lib/api/contract';

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

export const SEARCH_TYPES = enumValues<SearchType>()([
  'document',
  'partnership',
  'exchange',
  'network',
  'place',
  'organization',
  'person',
  'project',
  'action_plan',
  'funding_programme',
  'theme',
  'matching_profile',
]);

export const searchKeys = {
  all: ['search'] as const,
  results: (filters: SearchFilters) => ['search', filters] as const,
};

export const searchApi = {
  search: (query: QueryOf<'/api/search'>, signal?: AbortSignal) => dataOf(api.GET('/api/search', { params: { query }, signal })),
};

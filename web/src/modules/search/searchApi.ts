import { api, dataOf } from '../../lib/api/client';
import type { QueryOf, ResponseOf } from '../../lib/api/contract';
import i18n from '../../i18n/i18n';

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

export const searchKeys = {
  all: ['search'] as const,
  /** The language is part of the key: snippets are taken from the text in the reader's language. */
  results: (filters: SearchFilters) => ['search', filters, i18n.resolvedLanguage ?? i18n.language] as const,
};

export const searchApi = {
  search: (query: QueryOf<'/api/search'>, signal?: AbortSignal) =>
    dataOf(api.GET('/api/search', { params: { query }, headers: { 'accept-language': i18n.resolvedLanguage ?? i18n.language }, signal })),
};

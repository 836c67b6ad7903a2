import type { LocalizedText } from '../../lib/api/types';

export const SEARCH_TYPES = [
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
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** A passage of text; `hit` marks the words that matched. Plain text, never markup. */
export interface Segment {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  type: SearchType;
  id: string;
  title: LocalizedText;
  kind: string | null;
  language: string | null;
  year: number | null;
  countries: string[];
  snippet: Segment[];
  path: string;
  score: number;
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface SearchFacets {
  type: FacetValue[];
  theme: (FacetValue & { label: LocalizedText })[];
  country: FacetValue[];
  year: FacetValue[];
}

export interface SearchResult {
  items: SearchHit[];
  nextCursor: string | null;
  total: number;
  /** Whether `total` is the planner's estimate (a word in very many records). */
  estimated: boolean;
  facets: SearchFacets | null;
  corrections: { term: string; replacements: string[] }[];
  matched: 'all' | 'any';
  /** Places the query names that are not among the items, e.g. towns no record refers to. */
  places: SearchPlace[];
  /** The same idea in other words and languages, searched too. */
  alsoSearched: string[];
}

export interface SearchPlace {
  id: string;
  title: LocalizedText;
  kind: string | null;
  countries: string[];
  within: string;
  path: string;
}

export interface SearchFilters {
  q: string;
  type?: SearchType;
  theme?: string;
  country?: string;
  year?: string;
}

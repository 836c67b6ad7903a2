import { recordPath } from './record-paths.js';
import type { EntryDetail, FacetCounts, PlaceEntry } from './search.repository.js';
import type { SearchPlace, SearchResult, Segment } from './search.schemas.js';
import { SEARCH_TYPES, type SearchType } from './search.tables.js';

/** Characters ts_headline puts around the words found (private use, so never in a text). */
export const MARK_START = '\uE000';
export const MARK_STOP = '\uE001';

/** The text of a passage split at the marks ts_headline put around the words found. */
export function segmentsOf(marked: string): Segment[] {
  const segments: Segment[] = [];
  let rest = marked;
  while (rest.length > 0) {
    const start = rest.indexOf(MARK_START);
    if (start === -1) {
      segments.push({ text: rest, hit: false });
      break;
    }
    if (start > 0) segments.push({ text: rest.slice(0, start), hit: false });
    const stop = rest.indexOf(MARK_STOP, start);
    const end = stop === -1 ? rest.length : stop;
    segments.push({ text: rest.slice(start + 1, end), hit: true });
    rest = stop === -1 ? '' : rest.slice(stop + 1);
  }
  return segments.filter((segment) => segment.text !== '');
}

export const presentSearchItem = (detail: EntryDetail, score: number): SearchResult['items'][number] => ({
  type: detail.recordType,
  id: detail.recordId,
  title: detail.title,
  kind: detail.kind,
  language: detail.language,
  year: detail.year,
  countries: detail.countries,
  snippet: segmentsOf(detail.snippet),
  path: recordPath(detail.recordType, detail.recordId),
  score,
});

export const presentSearchPlace = (entry: PlaceEntry): SearchPlace => ({
  id: entry.recordId,
  title: entry.title,
  kind: entry.kind,
  countries: entry.countries,
  within: entry.summary,
  path: recordPath('place', entry.recordId),
});

/** Facet counts in the order of the kinds, themes by the names the viewer may see. */
export const presentFacets = (facets: FacetCounts, themeNames: Map<string, { name: Record<string, string> }>): NonNullable<SearchResult['facets']> => ({
  type: SEARCH_TYPES.flatMap((type: SearchType) => {
    const entry = facets.type.find(([value]) => value === type);
    return entry ? [{ value: type, count: Number(entry[1]) }] : [];
  }),
  theme: facets.theme.flatMap(([id, count]) => {
    const theme = themeNames.get(id);
    return theme ? [{ value: id, count: Number(count), label: theme.name }] : [];
  }),
  country: facets.country.map(([value, count]) => ({ value, count: Number(count) })),
  year: facets.year.map(([value, count]) => ({ value: String(value), count: Number(count) })),
});

export const presentRecordTitle = (id: string, entry: { recordType: SearchType; title: Record<string, string> }) => ({ id, recordType: entry.recordType, title: entry.title, path: recordPath(entry.recordType, id) });

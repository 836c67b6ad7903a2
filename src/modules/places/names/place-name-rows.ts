import type { placeNames, places } from '../places.tables.js';
import { plainKey, searchKey } from '../../../core/names/name-keys.js';

type PlaceRow = typeof places.$inferSelect;
export type PlaceNameRow = typeof placeNames.$inferInsert;

/**
 * Countries carry no population in the gazetteer; for ranking they count as a very large town,
 * so "Ukraine" finds the country before a village of that name.
 */
const COUNTRY_RANKING_POPULATION = 50_000_000;

/** The search rows of a place: its local name, its names by language and its aliases, each spelling once. */
export function placeNameRows(place: PlaceRow): PlaceNameRow[] {
  const candidates: { name: string; language: string | null; kind: PlaceNameRow['kind'] }[] = [
    { name: place.name, language: null, kind: 'local' },
    ...Object.entries(place.names).map(([language, name]) => ({ name, language, kind: 'name' as const })),
    ...place.aliases.map((name) => ({ name, language: null, kind: 'alias' as const })),
  ];
  const seen = new Set<string>();
  const rows: PlaceNameRow[] = [];
  for (const candidate of candidates) {
    const plain = plainKey(candidate.name);
    if (plain === '' || seen.has(plain)) continue;
    seen.add(plain);
    rows.push({
      placeId: place.id,
      name: candidate.name.trim(),
      language: candidate.language,
      kind: candidate.kind,
      plainKey: plain,
      searchKey: searchKey(candidate.name),
      workspaceId: place.workspaceId,
      visibility: place.visibility,
      createdBy: place.createdBy,
      countryCode: place.countryCode,
      population: place.population ?? (place.kind === 'country' ? COUNTRY_RANKING_POPULATION : null),
    });
  }
  return rows;
}

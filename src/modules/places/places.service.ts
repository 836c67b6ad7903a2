import { canEdit, canRead, requireRead } from '../../core/auth/policy.js';
import type { DbExecutor } from '../../core/db/client.js';
import type { IssueParams } from '../../core/errors.js';
import type { FieldCode } from '../../core/field-codes.js';
import { everyPage, type Page } from '../../core/http/pagination.js';
import { sortedPage } from '../../core/sorted-page.js';
import type { ServiceContext } from '../../core/service-context.js';
import { bundledTown, loadGazetteerTowns } from './gazetteer/gazetteer-import.js';
import { plainKey, searchKey } from '../../core/names/name-keys.js';
import { findNamesOfPlaces, findPlacesByNameKeys, searchPlaceNameRows } from './place-names.repository.js';
import { presentPlaceDetail, presentPlaceRef, presentPlaceSummary } from './places.presenter.js';
import {
  countChildRows,
  findAncestorRows,
  findChildRows,
  findPlaceByGeonamesId,
  findPlaceRow,
  findPlacesByIds,
  findWholePlacesByIds,
  findPublicPlaceRows,
  listPlaceRows,
  type PlaceRow,
} from './places.repository.js';
import type { PlaceAutocompleteQuery, PlaceDetail, PlaceListQuery, PlaceRef, PlaceSuggestion, PlaceSummary } from './places.schemas.js';

/** Short descriptions of the places other modules link to, for the ones the viewer may see. */
export async function placeRefsByIds(ctx: ServiceContext, ids: Iterable<string | null | undefined>): Promise<Map<string, PlaceRef>> {
  const unique = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  const rows = await ctx.transaction((tx) => findPlacesByIds(tx, ctx.viewer, unique));
  return new Map(rows.map((row) => [row.id, presentPlaceRef(row)]));
}

/** Places whose names start like `q` (any spelling), for lists and CSV export; keyset-paginated by name. */
export function listPlaces(ctx: ServiceContext, query: PlaceListQuery): Promise<Page<PlaceSummary>> {
  const filter = { country: query.country, kind: query.kind, parentId: query.parentId, searchKeyPrefix: query.q ? searchKey(query.q) : undefined };
  return sortedPage(ctx, query, {
    column: 'sortName',
    rows: (tx, ctx, window) => listPlaceRows(tx, ctx.viewer, filter, window),
    present: () => presentPlaceSummary,
  });
}

/** Ranked suggestions for what was typed: Winnyzja, Vinnytsia and Вінниця find the same town first. */
export async function autocompletePlaces(ctx: ServiceContext, query: PlaceAutocompleteQuery): Promise<PlaceSuggestion[]> {
  const key = searchKey(query.q);
  if (key === '') return [];
  return ctx.transaction(async (tx, ctx) => {
    const matches = await searchPlaceNameRows(tx, ctx.viewer, { searchKey: key, plainKey: plainKey(query.q), countryCode: query.country, withinPlaceId: query.within, limit: query.limit });
    const rows = await findPlacesByIds(tx, ctx.viewer, matches.map((match) => match.placeId));
    const byId = new Map(rows.map((row) => [row.id, row]));
    const parents = await findPlacesByIds(tx, ctx.viewer, [...new Set(rows.map((row) => row.parentId).filter((id): id is string => id !== null))]);
    const parentById = new Map(parents.map((row) => [row.id, row]));
    return matches.flatMap((match) => {
      const row = byId.get(match.placeId);
      if (!row) return [];
      const parent = row.parentId ? parentById.get(row.parentId) : undefined;
      return [{ ...presentPlaceSummary(row), matchedName: match.matchedName, parent: parent ? presentPlaceRef(parent) : null }];
    });
  });
}

const CHILDREN_SHOWN = 100;

export async function getPlace(ctx: ServiceContext, id: string): Promise<PlaceDetail> {
  return ctx.transaction(async (tx, ctx) => {
    const row = requireRead(ctx.viewer, await findPlaceRow(tx, id), 'Place', id);
    return presentDetail(tx, ctx, row);
  });
}

/** A place as its page shows it, with the ancestors and children the viewer may see. */
export async function presentDetail(tx: DbExecutor, ctx: ServiceContext, row: PlaceRow): Promise<PlaceDetail> {
  const ancestors = (await findAncestorRows(tx, row)).filter((ancestor) => canRead(ctx.viewer, ancestor));
  const children = await findChildRows(tx, ctx.viewer, row.id, CHILDREN_SHOWN);
  const childCount = children.length < CHILDREN_SHOWN ? children.length : await countChildRows(tx, ctx.viewer, row.id);
  return presentPlaceDetail(row, { ancestors, children, childCount, canEdit: canEdit(ctx.viewer, row) });
}

/** The places matching a name (and country), best first: for imports that name a seat. */
export async function findPlacesNamed(ctx: ServiceContext, name: string, country?: string): Promise<PlaceSuggestion[]> {
  return autocompletePlaces(ctx, { q: name, country, limit: 5 });
}

/** Every place of a list in pages, for CSV export without holding the whole list. */
export async function* exportPlaces(ctx: ServiceContext, query: Omit<PlaceListQuery, 'limit' | 'cursor'>): AsyncGenerator<PlaceSummary[]> {
  yield* everyPage((cursor) => listPlaces(ctx, { ...query, limit: 100, cursor }));
}

export type PlaceResolution = { place: PlaceSummary } | { problem: string; code: FieldCode; params: IssueParams };

/**
 * The one place an import means by a name (and country) or a GeoNames id. Of towns that match the
 * name exactly, the largest is taken when it is at least ten times the size of the next;
 * otherwise the name is ambiguous and the answer says which places it could be.
 */
export async function resolvePlace(ctx: ServiceContext, reference: { name?: string; country?: string; geonamesId?: number }): Promise<PlaceResolution> {
  if (reference.geonamesId !== undefined) {
    const row = await ctx.transaction((tx, ctx) => findPlaceByGeonamesId(tx, ctx.viewer, reference.geonamesId!));
    return row
      ? { place: presentPlaceSummary(row) }
      : { problem: `no place has GeoNames id ${reference.geonamesId}`, code: 'unknown_geonames_id', params: { id: reference.geonamesId } };
  }
  const name = reference.name ?? '';
  const key = searchKey(name);
  const suggestions = await autocompletePlaces(ctx, { q: name, country: reference.country, limit: 8 });
  const exact = suggestions.filter((suggestion) => searchKey(suggestion.matchedName) === key);
  if (exact.length === 0) {
    return { problem: `no place is called "${name}"${reference.country ? ` in ${reference.country}` : ''}`, code: 'unknown_place', params: { name } };
  }
  const [first, second] = exact;
  if (!second || (first!.population ?? 0) >= 10 * Math.max(second.population ?? 0, 1)) return { place: first! };
  const options = exact.slice(0, 3).map((place) => `${place.name} (${place.countryCode ?? '?'}, GeoNames ${place.geonamesId ?? '–'})`);
  return { problem: `"${name}" could be ${options.join(' or ')}; add a country or a GeoNames id`, code: 'ambiguous_place', params: { name, options } };
}

export interface PlaceSpellings {
  placeId: string;
  population: number | null;
  /** Every name of the place: local, by language, exonyms, transliterations. */
  names: string[];
}

/**
 * The places a word or a few words name exactly, in any spelling (Kiew, Kyiv, Київ, Kyjiw: one
 * town), with all their names, so a search can look for each of them. At most `perPhrase` places
 * (the largest) for each phrase.
 */
export async function placeSpellings(ctx: ServiceContext, phrases: string[], perPhrase = 2): Promise<Map<string, PlaceSpellings[]>> {
  const keysOf = new Map<string, string[]>();
  for (const phrase of phrases) {
    const keys = [...new Set([plainKey(phrase), searchKey(phrase)].filter((key) => key.length >= 3))];
    if (keys.length > 0) keysOf.set(phrase, keys);
  }
  if (keysOf.size === 0) return new Map();
  return ctx.transaction(async (tx, ctx) => {
    const found = await findPlacesByNameKeys(tx, ctx.viewer, [...new Set([...keysOf.values()].flat())], perPhrase);
    const names = await findNamesOfPlaces(tx, ctx.viewer, [...new Set(found.map((match) => match.placeId))]);
    const namesOf = new Map<string, string[]>();
    for (const row of names) namesOf.set(row.placeId, [...(namesOf.get(row.placeId) ?? []), row.name]);
    const result = new Map<string, PlaceSpellings[]>();
    for (const [phrase, keys] of keysOf) {
      const places = new Map<string, PlaceSpellings>();
      for (const match of found.filter((candidate) => keys.includes(candidate.key))) {
        places.set(match.placeId, { placeId: match.placeId, population: match.population, names: namesOf.get(match.placeId) ?? [] });
      }
      const ranked = [...places.values()].sort((a, b) => (b.population ?? 0) - (a.population ?? 0)).slice(0, perPhrase);
      if (ranked.length > 0) result.set(phrase, ranked);
    }
    return result;
  });
}

/** Places named like a misspelt word (trigram similarity of the folded names), with all their names. */
export async function placeSpellingsLike(ctx: ServiceContext, word: string, minimumSimilarity = 0.5): Promise<PlaceSpellings[]> {
  const key = searchKey(word);
  if (key.length < 4) return [];
  return ctx.transaction(async (tx, ctx) => {
    const matches = await searchPlaceNameRows(tx, ctx.viewer, { searchKey: key, plainKey: plainKey(word), limit: 3 });
    const close = matches.filter((match) => trigramSimilarity(searchKey(match.matchedName), key) >= minimumSimilarity).slice(0, 2);
    const names = await findNamesOfPlaces(tx, ctx.viewer, close.map((match) => match.placeId));
    return close.map((match) => ({ placeId: match.placeId, population: null, names: names.filter((row) => row.placeId === match.placeId).map((row) => row.name) }));
  });
}

/** pg_trgm's similarity of two keys: shared trigrams over all trigrams (words padded with two spaces in front, one behind). */
export function trigramSimilarity(a: string, b: string): number {
  const trigrams = (value: string) => {
    const set = new Set<string>();
    for (const word of value.split(/\s+/).filter(Boolean)) {
      const padded = `  ${word} `;
      for (let index = 0; index + 3 <= padded.length; index++) set.add(padded.slice(index, index + 3));
    }
    return set;
  };
  const left = trigrams(a);
  const right = trigrams(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const trigram of left) if (right.has(trigram)) shared++;
  return shared / (left.size + right.size - shared);
}

/**
 * The place of a town of the gazetteer by its GeoNames id. A town of the bundled list that is not
 * loaded yet (the gazetteer holds only some countries) is loaded first, through `system`: it is
 * reference data, the same `stadtdialog gazetteer:load` writes.
 */
export async function gazetteerPlace(ctx: ServiceContext, system: ServiceContext, geonamesId: number): Promise<PlaceSummary | null> {
  const found = await resolvePlace(ctx, { geonamesId });
  if ('place' in found) return found.place;
  if (!bundledTown(geonamesId)) return null;
  await system.transaction((tx) => loadGazetteerTowns(tx, [geonamesId]));
  const loaded = await resolvePlace(ctx, { geonamesId });
  return 'place' in loaded ? loaded.place : null;
}

/** The first-level division (GeoNames admin1 code: a German state, a Ukrainian oblast) of each place. */
export async function adminCodesOf(ctx: ServiceContext, ids: string[]): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.transaction((tx, ctx) => findPlacesByIds(tx, ctx.viewer, ids));
  return new Map(rows.map((row) => [row.id, row.adminCode]));
}

/** Inhabitants of the places the viewer may see, for size comparisons (matching). */
export async function placePopulationsByIds(ctx: ServiceContext, ids: Iterable<string | null | undefined>): Promise<Map<string, number | null>> {
  const unique = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  const rows = await ctx.transaction((tx) => findPlacesByIds(tx, ctx.viewer, unique));
  return new Map(rows.map((row) => [row.id, row.population]));
}

/** Places inside a place and name lookups, for modules that match places. */
export { isSelfOrDescendant, placeIdsWithin } from './places.repository.js';
export { findNamesOfPlaces, searchPlaceNameRows } from './place-names.repository.js';
export { isCountryCode, listCountries } from '../../core/names/country-names.js';

/** The public places among these, as the open data package publishes them. */
export async function listPublicPlacesForExport(ctx: ServiceContext, ids: string[]): Promise<PlaceRow[]> {
  return ctx.transaction((tx) => findPublicPlaceRows(tx, ids));
}

/** The places among these the viewer may see, as stored, for reports that need every field. */
export async function placeRowsForReport(ctx: ServiceContext, ids: string[]): Promise<PlaceRow[]> {
  return ctx.transaction((tx, ctx) => findWholePlacesByIds(tx, ctx.viewer, ids));
}

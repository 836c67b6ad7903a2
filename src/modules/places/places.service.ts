import { canEdit, canRead, requireCreateIn, requireEdit, requireRead } from '../../core/auth/policy.js';
import type { DbExecutor } from '../../core/db/client.js';
import { invalidField, validationFailed, type FieldIssue, type IssueParams } from '../../core/errors.js';
import type { FieldCode } from '../../core/field-codes.js';
import { decodeCursor, toPage, type Page } from '../../core/http/pagination.js';
import type { ServiceContext } from '../../core/service-context.js';
import { countReferences, mergeRecords, requireMergeTarget, undoMerge } from '../merging/merging.service.js';
import { isCountryCode } from './gazetteer/country-names.js';
import { bundledTown, loadGazetteerTowns } from './gazetteer/gazetteer-import.js';
import { plainKey, searchKey } from './names/name-keys.js';
import { placeNameRows } from './names/place-name-rows.js';
import { findNamesOfPlaces, findPlacesByNameKeys, replacePlaceNameRows, searchPlaceNameRows } from './place-names.repository.js';
import { auditedPlace, presentPlaceDetail, presentPlaceRef, presentPlaceSummary } from './places.presenter.js';
import {
  countChildRows,
  deletePlaceRow,
  findAncestorRows,
  findChildRows,
  findPlaceByGeonamesId,
  findPlaceRow,
  findPlacesByIds,
  insertPlaceRow,
  isSelfOrDescendant,
  listPlaceRows,
  updatePlaceRow,
  type PlaceInsert,
  type PlaceRow,
} from './places.repository.js';
import type {
  PlaceAutocompleteQuery,
  PlaceCreate,
  PlaceDetail,
  PlaceListQuery,
  PlaceRef,
  PlaceSuggestion,
  PlaceSummary,
  PlaceUpdate,
} from './places.schemas.js';
import type { PlaceKind } from './places.tables.js';
import { placeConflict } from './places.errors.js';
import { auditTrail } from '../audit/audit-trail.js';

const placeAudit = auditTrail<PlaceRow>('place', (row) => row.name);

/** Short descriptions of the places other modules link to, for the ones the viewer may see. */
export async function placeRefsByIds(ctx: ServiceContext, ids: Iterable<string | null | undefined>): Promise<Map<string, PlaceRef>> {
  const unique = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  const rows = await ctx.transaction((tx) => findPlacesByIds(tx, ctx.viewer, unique));
  return new Map(rows.map((row) => [row.id, presentPlaceRef(row)]));
}

/** Places whose names start like `q` (any spelling), for lists and CSV export; keyset-paginated by name. */
export async function listPlaces(ctx: ServiceContext, query: PlaceListQuery): Promise<Page<PlaceSummary>> {
  const cursor = decodeCursor(query.cursor, 2);
  return ctx.transaction(async (tx, ctx) => {
    const rows = await listPlaceRows(
      tx,
      ctx.viewer,
      { country: query.country, kind: query.kind, parentId: query.parentId, searchKeyPrefix: query.q ? searchKey(query.q) : undefined },
      { limit: query.limit, after: cursor ? { sortName: String(cursor[0]), id: String(cursor[1]) } : undefined },
    );
    return toPage(rows, query.limit, (row) => [row.sortName, row.id], presentPlaceSummary);
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

async function presentDetail(tx: DbExecutor, ctx: ServiceContext, row: PlaceRow): Promise<PlaceDetail> {
  const ancestors = (await findAncestorRows(tx, row)).filter((ancestor) => canRead(ctx.viewer, ancestor));
  const children = await findChildRows(tx, ctx.viewer, row.id, CHILDREN_SHOWN);
  const childCount = children.length < CHILDREN_SHOWN ? children.length : await countChildRows(tx, ctx.viewer, row.id);
  return presentPlaceDetail(row, { ancestors, children, childCount, canEdit: canEdit(ctx.viewer, row) });
}

/** Which kinds of place may lie directly below which. */
const ALLOWED_PARENTS: Record<PlaceKind, PlaceKind[]> = {
  country: [],
  state: ['country', 'state'],
  municipality: ['country', 'state'],
  district: ['municipality'],
  quarter: ['municipality', 'district'],
  area: ['municipality', 'district', 'quarter'],
};

interface PlaceShape {
  kind: PlaceKind;
  parentId: string | null;
  countryCode: string | null;
}

/** Checks the tree position of a place; returns the country it inherits from its parent. */
async function validateShape(tx: DbExecutor, ctx: ServiceContext, shape: PlaceShape, selfId: string | null): Promise<string | null> {
  const issues: FieldIssue[] = [];
  if (shape.kind === 'country') issues.push({ field: 'body.kind', code: 'parent_kind_not_allowed', message: 'countries come from the gazetteer; choose state, municipality, district, quarter or area' });
  if (shape.countryCode && !isCountryCode(shape.countryCode)) issues.push({ field: 'body.countryCode', code: 'invalid_country', message: 'is not an ISO 3166-1 country code' });
  let country = shape.countryCode;
  if (shape.parentId) {
    const parent = await findPlaceRow(tx, shape.parentId);
    if (!parent || !canRead(ctx.viewer, parent)) {
      issues.push({ field: 'body.parentId', code: 'unknown_reference', message: 'refers to no place you can see' });
    } else {
      if (!ALLOWED_PARENTS[shape.kind].includes(parent.kind)) {
        issues.push({ field: 'body.parentId', code: 'parent_kind_not_allowed', message: `a ${shape.kind} cannot lie in a ${parent.kind}; allowed: ${ALLOWED_PARENTS[shape.kind].join(', ') || 'none'}` });
      }
      if (selfId && (await isSelfOrDescendant(tx, selfId, parent.id))) issues.push({ field: 'body.parentId', code: 'merge_into_self', message: 'cannot be the place itself or a place inside it' });
      if (country && parent.countryCode && country !== parent.countryCode) issues.push({ field: 'body.countryCode', code: 'country_mismatch', message: `must be ${parent.countryCode}, the country of the parent` });
      country = country ?? parent.countryCode;
    }
  } else if (['district', 'quarter', 'area'].includes(shape.kind)) {
    issues.push({ field: 'body.parentId', code: 'required', message: `is required: a ${shape.kind} lies in a municipality` });
  }
  if (issues.length > 0) throw validationFailed(issues);
  return country ?? null;
}

const cleanAliases = (aliases: string[] | undefined) => (aliases ? [...new Set(aliases.map((alias) => alias.trim()).filter(Boolean))] : undefined);

async function writeNames(tx: DbExecutor, row: PlaceRow): Promise<void> {
  await replacePlaceNameRows(tx, [row.id], placeNameRows(row));
}

export async function createPlace(ctx: ServiceContext, input: PlaceCreate): Promise<PlaceDetail> {
  return ctx.transaction(async (tx, ctx) => {
    requireCreateIn(ctx.viewer, input.workspaceId);
    const countryCode = await validateShape(tx, ctx, { kind: input.kind, parentId: input.parentId ?? null, countryCode: input.countryCode ?? null }, null);
    const row = await insertPlaceRow(tx, {
      workspaceId: input.workspaceId,
      visibility: input.visibility ?? 'workspace',
      createdBy: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
      kind: input.kind,
      parentId: input.parentId ?? null,
      name: input.name,
      names: input.names ?? {},
      aliases: cleanAliases(input.aliases) ?? [],
      countryCode,
      isoCode: input.isoCode ?? null,
      ags: input.ags ?? null,
      katottg: input.katottg ?? null,
      population: input.population ?? null,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
    });
    await writeNames(tx, row);
    await placeAudit.created(tx, ctx, row, auditedPlace(row));
    return presentDetail(tx, ctx, row);
  });
}

export async function updatePlace(ctx: ServiceContext, id: string, input: PlaceUpdate): Promise<PlaceDetail> {
  return ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findPlaceRow(tx, id), 'Place', id);
    const kind = input.kind ?? before.kind;
    const parentId = input.parentId === undefined ? before.parentId : input.parentId;
    const shapeChanged = input.kind !== undefined || input.parentId !== undefined || input.countryCode !== undefined;
    const countryCode = shapeChanged
      ? await validateShape(tx, ctx, { kind, parentId, countryCode: input.countryCode === undefined ? before.countryCode : input.countryCode }, id)
      : before.countryCode;
    const changes: Partial<PlaceInsert> = { kind, parentId, countryCode };
    for (const field of ['name', 'names', 'visibility', 'isoCode', 'ags', 'katottg', 'population', 'latitude', 'longitude'] as const) {
      if (input[field] !== undefined) (changes as Record<string, unknown>)[field] = input[field];
    }
    if (input.aliases !== undefined) changes.aliases = cleanAliases(input.aliases);
    const row = await updatePlaceRow(tx, id, changes);
    await writeNames(tx, row);
    await placeAudit.updated(tx, ctx, row, auditedPlace(before), auditedPlace(row));
    return presentDetail(tx, ctx, row);
  });
}

function describeReferences(references: Map<string, number>): string {
  return [...references].map(([table, n]) => `${table} (${n})`).join(', ');
}

export async function deletePlace(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findPlaceRow(tx, id), 'Place', id);
    const references = await countReferences(tx, 'places', id, ['place_names']);
    if (references.size > 0) {
      throw placeConflict('place_referenced', `The place is still referred to by ${describeReferences(references)}; merge it into another place instead`);
    }
    await deletePlaceRow(tx, id);
    await placeAudit.deleted(tx, ctx, before, auditedPlace(before));
  });
}

/** What the remaining place takes over from the merged one: its spellings, and codes it lacks. */
function absorb(into: PlaceRow, from: PlaceRow): Partial<PlaceInsert> {
  const known = new Set([into.name, ...Object.values(into.names), ...into.aliases].map(plainKey));
  const aliases = [...into.aliases];
  for (const spelling of [from.name, ...Object.values(from.names), ...from.aliases]) {
    const key = plainKey(spelling);
    if (key && !known.has(key)) {
      known.add(key);
      aliases.push(spelling);
    }
  }
  return {
    aliases,
    geonamesId: into.geonamesId ?? from.geonamesId,
    ags: into.ags ?? from.ags,
    katottg: into.katottg ?? from.katottg,
    population: into.population ?? from.population,
    latitude: into.latitude ?? from.latitude,
    longitude: into.longitude ?? from.longitude,
  };
}

export async function mergePlace(ctx: ServiceContext, id: string, intoId: string) {
  return ctx.transaction(async (tx, ctx) => {
    const from = requireEdit(ctx.viewer, await findPlaceRow(tx, id), 'Place', id);
    const into = requireMergeTarget(ctx.viewer, await findPlaceRow(tx, intoId), 'place');
    if (into.kind !== from.kind) throw invalidField('body.into', 'merge_kind_mismatch', `must be a ${from.kind} like the place merged into it`);
    if (await isSelfOrDescendant(tx, id, intoId)) throw invalidField('body.into', 'merge_into_self', 'cannot be the place itself or a place inside it');
    const takeOver = canEdit(ctx.viewer, into) ? absorb(into, from) : null;
    const answer = await mergeRecords(tx, ctx, {
      table: 'places',
      entityType: 'place',
      fromId: id,
      intoId,
      derivedTables: ['place_names'],
      label: into.name,
      workspaceId: from.workspaceId,
      mergedRecord: auditedPlace(from),
      into: takeOver ? { before: auditedPlace(into), after: { ...auditedPlace(into), ...takeOver } } : undefined,
    });
    const remaining = takeOver ? await updatePlaceRow(tx, intoId, takeOver) : into;
    await writeNames(tx, remaining);
    return answer;
  });
}

export async function undoPlaceMerge(ctx: ServiceContext, eventId: number) {
  return ctx.transaction(async (tx, ctx) => {
    const undone = await undoMerge(tx, ctx, eventId, 'place', async (intoId, intoBefore) => {
      if (!intoBefore) return;
      const into = await findPlaceRow(tx, intoId);
      if (!into || !canEdit(ctx.viewer, into)) return;
      const fields = intoBefore as Partial<PlaceRow>;
      await updatePlaceRow(tx, intoId, {
        aliases: fields.aliases,
        geonamesId: fields.geonamesId ?? null,
        ags: fields.ags ?? null,
        katottg: fields.katottg ?? null,
        population: fields.population ?? null,
        latitude: fields.latitude ?? null,
        longitude: fields.longitude ?? null,
      });
    });
    for (const placeId of [undone.restoredId, undone.into]) {
      const row = await findPlaceRow(tx, placeId);
      if (row) await writeNames(tx, row);
    }
    return undone;
  });
}

/** The places matching a name (and country), best first: for imports that name a seat. */
export async function findPlacesNamed(ctx: ServiceContext, name: string, country?: string): Promise<PlaceSuggestion[]> {
  return autocompletePlaces(ctx, { q: name, country, limit: 5 });
}

/** Every place of a list in pages, for CSV export without holding the whole list. */
export async function* exportPlaces(ctx: ServiceContext, query: Omit<PlaceListQuery, 'limit' | 'cursor'>): AsyncGenerator<PlaceSummary[]> {
  let cursor: string | undefined;
  do {
    const page = await listPlaces(ctx, { ...query, limit: 100, cursor });
    yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
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

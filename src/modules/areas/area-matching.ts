import type { FieldCode } from '../../core/field-codes.js';
import type { IssueParams } from '../../core/errors.js';
import type { DbExecutor } from '../../core/db/client.js';
import type { ServiceContext } from '../../core/service-context.js';
import { searchKey, plainKey } from '../places/names/name-keys.js';
import { findNamesOfPlaces, searchPlaceNameRows } from '../places/place-names.repository.js';
import { isSelfOrDescendant } from '../places/places.repository.js';
import type { PlaceRef } from '../places/places.schemas.js';
import { placeRefsByIds, resolvePlace, trigramSimilarity } from '../places/places.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How alike a name must be to a candidate's to be asked about rather than looked up elsewhere. */
const NEAR = 0.4;

export type AreaMatch =
  | { placeId: string; added: boolean }
  | { code: FieldCode; message: string; params: IssueParams };

interface Candidate {
  ref: PlaceRef;
  keys: string[];
  /** The keys of the parts of hyphenated names: "Leipzig-Schönefeld" → leipzig, schonefeld. */
  partKeys: string[];
}

const question = (name: string, options: PlaceRef[]): AreaMatch => ({
  code: 'ambiguous_area',
  params: { name, options: options.map((option) => option.name) },
  message: `"${name}" is not exactly the name of a candidate area; it could be ${options.map((option) => option.name).join(' or ')}: write the name as listed`,
});

/**
 * Tells which area a name in an import means. The monitoring's own candidates come first (by any
 * of their names, or one part of a hyphenated name: "Schönefeld" is the candidate
 * "Leipzig-Schönefeld"); a name close to a candidate's is a question with the choices, never a
 * new area; only then places below the monitoring's city are looked at, as additions. Without a
 * city, the gazetteer decides as elsewhere.
 */
export async function areaMatcher(tx: DbExecutor, ctx: ServiceContext, monitor: { cityPlaceId: string | null }, candidateIds: string[]) {
  const refs = await placeRefsByIds(ctx, candidateIds);
  const names = await findNamesOfPlaces(tx, ctx.viewer, [...refs.keys()]);
  const candidates: Candidate[] = [...refs.values()].map((ref) => {
    const all = [ref.name, ...Object.values(ref.names), ...names.filter((row) => row.placeId === ref.id).map((row) => row.name)];
    return {
      ref,
      keys: [...new Set(all.map(searchKey))],
      partKeys: [...new Set(all.flatMap((name) => name.split(/[-–/]+/).map((part) => searchKey(part))).filter((key) => key.length >= 3))],
    };
  });
  const city = monitor.cityPlaceId ? (await placeRefsByIds(ctx, [monitor.cityPlaceId])).get(monitor.cityPlaceId) : undefined;

  return async function match(text: string): Promise<AreaMatch> {
    if (UUID.test(text)) return matchId(text.toLowerCase());
    const key = searchKey(text);
    const exact = candidates.filter((candidate) => candidate.keys.includes(key));
    if (exact.length === 1) return { placeId: exact[0]!.ref.id, added: false };
    if (exact.length > 1) return question(text, exact.map((candidate) => candidate.ref));
    const byPart = candidates.filter((candidate) => candidate.partKeys.includes(key));
    if (byPart.length === 1) return { placeId: byPart[0]!.ref.id, added: false };
    if (byPart.length > 1) return question(text, byPart.map((candidate) => candidate.ref));
    const near = candidates.filter((candidate) => candidate.keys.some((candidateKey) => trigramSimilarity(candidateKey, key) >= NEAR));
    if (near.length > 0) return question(text, near.map((candidate) => candidate.ref));
    if (!city) {
      const resolution = await resolvePlace(ctx, { name: text });
      return 'problem' in resolution ? { code: resolution.code, message: resolution.problem, params: resolution.params } : { placeId: resolution.place.id, added: true };
    }
    const found = await searchPlaceNameRows(tx, ctx.viewer, { searchKey: key, plainKey: plainKey(text), withinPlaceId: city.id, limit: 5 });
    const same = [...new Set(found.filter((row) => searchKey(row.matchedName) === key).map((row) => row.placeId))];
    if (same.length === 1) return { placeId: same[0]!, added: true };
    const options = await placeRefsByIds(ctx, same.length > 1 ? same : found.filter((row) => trigramSimilarity(searchKey(row.matchedName), key) >= NEAR).map((row) => row.placeId));
    if (options.size > 0) return question(text, [...options.values()]);
    return { code: 'unknown_area', params: { name: text, city: city.name }, message: `no place in ${city.name} is called "${text}"; create it as a quarter of ${city.name} or correct the name` };
  };

  async function matchId(id: string): Promise<AreaMatch> {
    if (refs.has(id)) return { placeId: id, added: false };
    if (!(await placeRefsByIds(ctx, [id])).has(id)) return { code: 'unknown_reference', params: {}, message: `no place you can see has the id ${id}` };
    if (city && !(await isSelfOrDescendant(tx, city.id, id))) return { code: 'outside_city', params: { city: city.name }, message: `is not a place in ${city.name}` };
    return { placeId: id, added: true };
  }
}

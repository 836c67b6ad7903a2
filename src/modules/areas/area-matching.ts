import type { FieldCode } from '../../core/field-codes.js';
import type { IssueParams } from '../../core/errors.js';
import type { DbExecutor } from '../../core/db/client.js';
import type { ServiceContext } from '../../core/service-context.js';
import { searchKey, plainKey } from '../../core/names/name-keys.js';
import { findNamesOfPlaces, searchPlaceNameRows } from '../places/places.service.js';
import { isSelfOrDescendant } from '../places/places.service.js';
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
  /** Spelling-folded keys (see name-keys.ts), to find names that are close but not the same. */
  nearKeys: string[];
  /** The keys of the parts of hyphenated names: "Leipzig-Schönefeld" → leipzig, schonefeld. */
  partKeys: string[];
}

/**
 * The name as written, without case, accents or punctuation, with ä/ö/ü/ß also as ae/oe/ue/ss:
 * "Grünau" and "Gruenau" are the same name; "Crotendorf" and "Crottendorf" are not (that is a question).
 */
function writtenKeys(name: string): string[] {
  const expanded = name.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  return [...new Set([plainKey(name), plainKey(expanded)])];
}

const question = (name: string, options: PlaceRef[]): AreaMatch => ({
  code: 'ambiguous_area',
  params: { name, options: options.map((option) => option.name) },
  message: `"${name}" is not exactly the name of a candidate area; it could be ${options.map((option) => option.name).join(' or ')}: write the name as listed`,
});

/**
 * Tells which area a name in an import means. The monitoring's own candidates come first (by any
 * of their names as written, umlauts also as ae/oe/ue, or one part of a hyphenated name: "Schönefeld" is the candidate
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
      keys: [...new Set(all.flatMap(writtenKeys))],
      nearKeys: [...new Set(all.map(searchKey))],
      partKeys: [...new Set(all.flatMap((name) => name.split(/[-–/]+/).flatMap(writtenKeys)).filter((key) => key.length >= 3))],
    };
  });
  const city = monitor.cityPlaceId ? (await placeRefsByIds(ctx, [monitor.cityPlaceId])).get(monitor.cityPlaceId) : undefined;

  return async function match(text: string): Promise<AreaMatch> {
    if (UUID.test(text)) return matchId(text.toLowerCase());
    const written = writtenKeys(text);
    const key = searchKey(text);
    const exact = candidates.filter((candidate) => written.some((each) => candidate.keys.includes(each)));
    if (exact.length === 1) return { placeId: exact[0]!.ref.id, added: false };
    if (exact.length > 1) return question(text, exact.map((candidate) => candidate.ref));
    const byPart = candidates.filter((candidate) => written.some((each) => candidate.partKeys.includes(each)));
    if (byPart.length === 1) return { placeId: byPart[0]!.ref.id, added: false };
    if (byPart.length > 1) return question(text, byPart.map((candidate) => candidate.ref));
    const near = candidates.filter((candidate) => candidate.nearKeys.some((candidateKey) => candidateKey === key || trigramSimilarity(candidateKey, key) >= NEAR));
    if (near.length > 0) return question(text, near.map((candidate) => candidate.ref));
    if (!city) {
      const resolution = await resolvePlace(ctx, { name: text });
      return 'problem' in resolution ? { code: resolution.code, message: resolution.problem, params: resolution.params } : { placeId: resolution.place.id, added: true };
    }
    const found = await searchPlaceNameRows(tx, ctx.viewer, { searchKey: key, plainKey: plainKey(text), withinPlaceId: city.id, limit: 5 });
    const same = [...new Set(found.filter((row) => writtenKeys(row.matchedName).some((each) => written.includes(each))).map((row) => row.placeId))];
    if (same.length === 1) return { placeId: same[0]!, added: true };
    const nearKey = (name: string) => searchKey(name) === key || trigramSimilarity(searchKey(name), key) >= NEAR;
    const options = await placeRefsByIds(ctx, same.length > 1 ? same : found.filter((row) => nearKey(row.matchedName)).map((row) => row.placeId));
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

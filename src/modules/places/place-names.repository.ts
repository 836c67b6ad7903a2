import { inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { visibleTo } from '../../core/records/record-visibility.js';
import type { PlaceNameRow } from './names/place-name-rows.js';
import { placeNames } from './places.tables.js';

/** Replaces the search rows of the given places with `rows`. */
export async function replacePlaceNameRows(db: DbExecutor, placeIds: string[], rows: PlaceNameRow[]): Promise<void> {
  if (placeIds.length > 0) await db.delete(placeNames).where(inArray(placeNames.placeId, placeIds));
  for (let start = 0; start < rows.length; start += 2000) {
    await db.insert(placeNames).values(rows.slice(start, start + 2000));
  }
}

export interface NameSearch {
  /** The folded key of what was typed (see name-keys.ts). */
  searchKey: string;
  plainKey: string;
  countryCode?: string;
  /** Only places below this one, at any depth (the quarters and districts of a city). */
  withinPlaceId?: string;
  limit: number;
}

export interface NameMatch {
  placeId: string;
  matchedName: string;
  score: number;
}

/** The ids of the places below a place, at any depth (a subquery). */
export function placesBelow(placeId: string): SQL {
  return sql`WITH RECURSIVE below(id, depth) AS (
      SELECT id, 1 FROM places WHERE parent_id = ${placeId}
      UNION ALL
      SELECT p.id, below.depth + 1 FROM places p JOIN below ON p.parent_id = below.id WHERE below.depth < 6
    ) SELECT id FROM below`;
}

/**
 * Rows whose column starts with `prefix`, as a byte-wise range (`~>=~`, `~<~`). Unlike LIKE these
 * operators are leakproof, so PostgreSQL uses the text_pattern_ops index under row-level security.
 */
export function startsWith(column: SQL | PgColumn, prefix: string): SQL {
  const last = prefix.codePointAt(prefix.length - 1) ?? 0;
  const upper = prefix.slice(0, prefix.length - (last > 0xffff ? 2 : 1)) + String.fromCodePoint(last + 1);
  return sql`(${column} ~>=~ ${prefix} AND ${column} ~<~ ${upper})`;
}

/** How many rows each candidate source contributes to ranking. */
const CANDIDATES = 60;
/** How many rows of a same-beginning or same-ending range are compared by similarity at most. */
const NEIGHBOURS = 2000;

/** The beginning and the ending of a key that misspelt variants usually keep: "karkiv" → "kark", "rkiv". */
export function keyEnds(key: string): { head: string; tail: string } {
  const length = Math.min(4, Math.max(2, key.length - 2));
  return { head: key.slice(0, length), tail: key.slice(-length) };
}

/**
 * Autocomplete in one query over B-tree ranges only: names whose folded key starts with the typed
 * key (most populous first), and, for misspellings, names beginning or ending like it, compared by
 * trigram similarity. Ranked by match quality — exact key, then prefix, then similarity; the exact
 * spelling counts a little more — and by population, so of two towns named alike the larger wins.
 */
export async function searchPlaceNameRows(db: DbExecutor, viewer: Viewer, search: NameSearch): Promise<NameMatch[]> {
  const conditions: SQL[] = [visibleTo(viewer, placeNames)];
  if (search.countryCode) conditions.push(sql`${placeNames.countryCode} = ${search.countryCode}`);
  if (search.withinPlaceId) conditions.push(sql`${placeNames.placeId} IN (${placesBelow(search.withinPlaceId)})`);
  const where = sql.join(conditions, sql` AND `);
  const key = search.searchKey;
  const prefix = `${key}%`;
  const plainPrefix = `${search.plainKey}%`;
  const { head, tail } = keyEnds(key);
  const reversedTail = [...tail].reverse().join('');
  const result = await db.execute<{ place_id: string; matched_name: string; score: number }>(sql`
    WITH starting AS (
      SELECT place_id, name, search_key, plain_key, population FROM place_names
      WHERE ${startsWith(placeNames.searchKey, key)} AND ${where}
      ORDER BY population DESC NULLS LAST LIMIT ${CANDIDATES}
    ),
    around AS (
      (SELECT place_id, name, search_key, plain_key, population FROM place_names
        WHERE ${startsWith(placeNames.searchKey, head)} AND ${where} LIMIT ${NEIGHBOURS})
      UNION ALL
      (SELECT place_id, name, search_key, plain_key, population FROM place_names
        WHERE ${startsWith(placeNames.reversedKey, reversedTail)} AND ${where} LIMIT ${NEIGHBOURS})
    ),
    alike AS (
      SELECT place_id, name, search_key, plain_key, population FROM around
      WHERE similarity(search_key, ${key}) >= 0.3
      ORDER BY similarity(search_key, ${key}) DESC, population DESC NULLS LAST LIMIT ${CANDIDATES}
    ),
    scored AS (
      SELECT place_id, name,
        similarity(search_key, ${key})
          + CASE WHEN search_key = ${key} THEN 1.0 WHEN search_key LIKE ${prefix} THEN 0.4 ELSE 0 END
          + CASE WHEN plain_key = ${search.plainKey} THEN 0.1 WHEN plain_key LIKE ${plainPrefix} THEN 0.02 ELSE 0 END
          + 0.12 * log(coalesce(population, 0) + 10) AS score
      FROM (SELECT * FROM starting UNION ALL SELECT * FROM alike) AS candidates
    )
    SELECT DISTINCT ON (place_id) place_id, name AS matched_name, score::float8 AS score
    FROM scored
    ORDER BY place_id, score DESC`);
  return result.rows
    .map((row) => ({ placeId: row.place_id, matchedName: row.matched_name, score: Number(row.score) }))
    .sort((a, b) => b.score - a.score || a.placeId.localeCompare(b.placeId))
    .slice(0, search.limit);
}

export interface NamedPlace {
  /** The key of the spelling asked for that matched. */
  key: string;
  placeId: string;
  population: number | null;
}

/**
 * Places one of whose names has exactly one of these plain or search keys (any spelling of the
 * name: Kiew, Kyiv, Київ), largest first; `perKey` at most for each key.
 */
export async function findPlacesByNameKeys(db: DbExecutor, viewer: Viewer, keys: string[], perKey: number): Promise<NamedPlace[]> {
  if (keys.length === 0) return [];
  const result = await db.execute<{ key: string; place_id: string; population: number | null }>(sql`
    SELECT key, place_id, population FROM (
      SELECT wanted.key, matched.place_id, matched.population,
        row_number() OVER (PARTITION BY wanted.key ORDER BY matched.population DESC NULLS LAST, matched.place_id) AS rank
      FROM unnest(${sql.param(keys)}::text[]) AS wanted(key)
      CROSS JOIN LATERAL (
        SELECT DISTINCT ON (place_id) place_id, population FROM place_names
        WHERE (plain_key = wanted.key OR search_key = wanted.key) AND ${visibleTo(viewer, placeNames)}
        ORDER BY place_id
      ) matched
    ) ranked
    WHERE rank <= ${perKey}`);
  return result.rows.map((row) => ({ key: row.key, placeId: row.place_id, population: row.population }));
}

/** Every spelling of the given places. */
export async function findNamesOfPlaces(db: DbExecutor, viewer: Viewer, placeIds: string[]): Promise<{ placeId: string; name: string }[]> {
  if (placeIds.length === 0) return [];
  return db
    .select({ placeId: placeNames.placeId, name: placeNames.name })
    .from(placeNames)
    .where(sql`${placeNames.placeId} = ANY(${sql.param(placeIds)}::uuid[]) AND ${visibleTo(viewer, placeNames)}`);
}

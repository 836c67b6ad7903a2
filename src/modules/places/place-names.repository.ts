import { inArray, sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { visibleTo } from '../workspaces/record-visibility.js';
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
  limit: number;
}

export interface NameMatch {
  placeId: string;
  matchedName: string;
  score: number;
}

/** How many rows each candidate source (prefix, trigram neighbours) contributes before ranking. */
const CANDIDATES = 60;

/**
 * Autocomplete in one query: names whose folded key starts with the typed key (most populous
 * first) and the nearest names by trigram distance (GiST index), ranked by match quality —
 * exact key, then prefix, then similarity; an exact spelling counts a little more — and by
 * population, so of two towns named alike the larger comes first.
 */
export async function searchPlaceNameRows(db: DbExecutor, viewer: Viewer, search: NameSearch): Promise<NameMatch[]> {
  const conditions: SQL[] = [visibleTo(viewer, placeNames)];
  if (search.countryCode) conditions.push(sql`${placeNames.countryCode} = ${search.countryCode}`);
  const where = sql.join(conditions, sql` AND `);
  const prefix = `${search.searchKey}%`;
  const plainPrefix = `${search.plainKey}%`;
  const result = await db.execute<{ place_id: string; matched_name: string; score: number }>(sql`
    WITH candidates AS (
      (SELECT place_id, name, search_key, plain_key, population FROM place_names
        WHERE search_key LIKE ${prefix} AND ${where}
        ORDER BY population DESC NULLS LAST LIMIT ${CANDIDATES})
      UNION ALL
      (SELECT place_id, name, search_key, plain_key, population FROM place_names
        WHERE ${where}
        ORDER BY search_key <-> ${search.searchKey} LIMIT ${CANDIDATES})
    ),
    scored AS (
      SELECT place_id, name,
        similarity(search_key, ${search.searchKey})
          + CASE WHEN search_key = ${search.searchKey} THEN 1.0 WHEN search_key LIKE ${prefix} THEN 0.4 ELSE 0 END
          + CASE WHEN plain_key = ${search.plainKey} THEN 0.1 WHEN plain_key LIKE ${plainPrefix} THEN 0.05 ELSE 0 END
          + 0.12 * log(coalesce(population, 0) + 10) AS score
      FROM candidates
    )
    SELECT DISTINCT ON (place_id) place_id, name AS matched_name, score::float8 AS score
    FROM scored
    ORDER BY place_id, score DESC`);
  return result.rows
    .map((row) => ({ placeId: row.place_id, matchedName: row.matched_name, score: Number(row.score) }))
    .sort((a, b) => b.score - a.score || a.placeId.localeCompare(b.placeId))
    .slice(0, search.limit);
}

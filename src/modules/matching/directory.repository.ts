import { sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { visibleTo } from '../../core/records/record-visibility.js';
import type { DirectoryFilter } from './directory.schemas.js';
import { matchingProfiles, type MatchingDirection, type MatchingItemKind, type Urgency } from './matching.tables.js';
import { type KeysetPage } from '../../core/db/list-filters.js';

export interface DirectoryRow {
  id: string;
  profile_id: string;
  direction: MatchingDirection;
  theme_id: string;
  kind: MatchingItemKind;
  description: Record<string, string>;
  urgency: Urgency;
  until: string | null;
  created_at: string;
  location_id: string | null;
}

/**
 * The needs and offers of publicly published profiles that still hold (no `until` in the past),
 * filtered; a profile the owner keeps to a workspace never shows, also not to its members.
 */
function directorySource(viewer: Viewer, filter: DirectoryFilter): SQL {
  const conditions: SQL[] = [sql`matching_profiles.visibility = 'public'`, visibleTo(viewer, matchingProfiles), sql`(i.until IS NULL OR i.until >= current_date)`];
  if (filter.direction) conditions.push(sql`i.direction = ${filter.direction}`);
  if (filter.themeId) conditions.push(sql`(i.theme_id = ${filter.themeId} OR t.parent_id = ${filter.themeId})`);
  if (filter.kind) conditions.push(sql`i.kind = ${filter.kind}`);
  if (filter.urgency) conditions.push(sql`i.urgency = ${filter.urgency}`);
  if (filter.country) conditions.push(sql`loc.country_code = ${filter.country}`);
  if (filter.regionId) conditions.push(sql`(loc.id = ${filter.regionId} OR loc.parent_id = ${filter.regionId})`);
  if (filter.placeId) conditions.push(sql`loc.id = ${filter.placeId}`);
  if (filter.minPopulation !== undefined) conditions.push(sql`coalesce(matching_profiles.population, loc.population) >= ${filter.minPopulation}`);
  if (filter.maxPopulation !== undefined) conditions.push(sql`coalesce(matching_profiles.population, loc.population) <= ${filter.maxPopulation}`);
  if (filter.partnershipType) conditions.push(sql`${filter.partnershipType} = ANY(matching_profiles.partnership_types)`);
  return sql`
    FROM matching_items i
    JOIN matching_profiles ON matching_profiles.id = i.profile_id
    JOIN themes t ON t.id = i.theme_id
    LEFT JOIN organizations o ON o.id = matching_profiles.organization_id
    LEFT JOIN places loc ON loc.id = coalesce(matching_profiles.place_id, o.seat_place_id)
    WHERE ${sql.join(conditions, sql` AND `)}`;
}

/** One page of the directory, newest first; `after` is the last entry of the previous page. */
export async function listDirectoryRows(db: DbExecutor, viewer: Viewer, filter: DirectoryFilter, page: KeysetPage<'createdAt'>): Promise<DirectoryRow[]> {
  const after = page.after ? sql`AND (i.created_at, i.id) < (${page.after.createdAt}::timestamptz, ${page.after.id}::uuid)` : sql``;
  const result = await db.execute(sql`
    SELECT i.id, i.profile_id, i.direction, i.theme_id, i.kind, i.description, i.urgency, i.until::text AS until,
           to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at, loc.id AS location_id
    ${directorySource(viewer, filter)} ${after}
    ORDER BY i.created_at DESC, i.id DESC
    LIMIT ${page.limit + 1}
  `);
  return result.rows as unknown as DirectoryRow[];
}

/** How many needs and offers each place of the filtered directory has, for the map. */
export async function countDirectoryByPlace(db: DbExecutor, viewer: Viewer, filter: DirectoryFilter): Promise<{ place_id: string; needs: number; offers: number }[]> {
  const result = await db.execute(sql`
    SELECT loc.id AS place_id,
           (count(*) FILTER (WHERE i.direction = 'need'))::int AS needs,
           (count(*) FILTER (WHERE i.direction = 'offer'))::int AS offers
    ${directorySource(viewer, filter)} AND loc.latitude IS NOT NULL
    GROUP BY loc.id
    ORDER BY count(*) DESC, loc.id
    LIMIT 2000
  `);
  return result.rows as unknown as { place_id: string; needs: number; offers: number }[];
}

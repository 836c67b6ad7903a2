import { and, asc, desc, isNotNull, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { visibleTo } from '../../core/records/record-visibility.js';
import { matchingItems, matchingProfiles, matchingProfileThemes, type ProfileSubject } from './matching.tables.js';
import { findRowsIn, linksOf, recordRowsOf, rowsOf } from '../../core/db/rows.js';
import { equalFilters } from '../../core/db/list-filters.js';

export type MatchingProfileRow = typeof matchingProfiles.$inferSelect;
export type MatchingItemRow = typeof matchingItems.$inferSelect;

export const { visibleByIds: findProfileRowsByIds, find: findProfileRow, insert: insertProfileRow, update: updateProfileRow } = recordRowsOf(matchingProfiles);

const SUBJECT_COLUMNS = {
  municipality: matchingProfiles.placeId,
  organization: matchingProfiles.organizationId,
  expert: matchingProfiles.personId,
} as const;

export async function listProfileRows(
  db: DbExecutor,
  viewer: Viewer,
  filter: { subject?: ProfileSubject; workspaceId?: string; limit: number },
): Promise<MatchingProfileRow[]> {
  const conditions: (SQL | undefined)[] = [visibleTo(viewer, matchingProfiles), ...equalFilters(filter, { workspaceId: matchingProfiles.workspaceId })];
  if (filter.subject) {
    conditions.push(isNotNull(SUBJECT_COLUMNS[filter.subject]));
  }
  return db
    .select()
    .from(matchingProfiles)
    .where(and(...conditions))
    .orderBy(desc(matchingProfiles.updatedAt), asc(matchingProfiles.id))
    .limit(filter.limit);
}

export const { idsOf: findProfileThemeIds, replace: replaceProfileThemeIds } = linksOf(matchingProfileThemes, 'profileId', 'themeId');

export function findItemRows(db: DbExecutor, profileIds: string[]): Promise<MatchingItemRow[]> {
  return findRowsIn(db, matchingItems, matchingItems.profileId, profileIds, asc(matchingItems.createdAt), asc(matchingItems.id));
}

export function findItemRowsByIds(db: DbExecutor, ids: string[]): Promise<MatchingItemRow[]> {
  return findRowsIn(db, matchingItems, matchingItems.id, ids);
}

export async function insertItemRows(db: DbExecutor, rows: (typeof matchingItems.$inferInsert)[]): Promise<MatchingItemRow[]> {
  if (rows.length === 0) return [];
  return db.insert(matchingItems).values(rows).returning();
}

export const { update: updateItemRow, remove: deleteItemRow } = rowsOf(matchingItems);


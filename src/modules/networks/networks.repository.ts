import { asc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { visibleTo } from '../../core/records/record-visibility.js';
import { networkMembers, networkMemberUnavailability, networks, networkThemes } from './networks.tables.js';
import { countRowsIn, findRowsIn, findRowsWhere, keysetPageRows, linksOf, recordRowsOf, rowsOf } from '../../core/db/rows.js';
import { type KeysetPage, equalFilters } from '../../core/db/list-filters.js';

export type NetworkRow = typeof networks.$inferSelect;
export type NetworkMemberRow = typeof networkMembers.$inferSelect;
export type UnavailabilityRow = typeof networkMemberUnavailability.$inferSelect;

export async function listNetworkRows(db: DbExecutor, viewer: Viewer, filter: { cadence?: NetworkRow['cadence']; archived?: 'true' | 'false' }, page: KeysetPage<'sortName'>): Promise<NetworkRow[]> {
  const conditions: (SQL | undefined)[] = [visibleTo(viewer, networks), ...equalFilters(filter, { cadence: networks.cadence })];
  if (filter.archived) conditions.push(filter.archived === 'true' ? isNotNull(networks.archivedAt) : isNull(networks.archivedAt));
  return keysetPageRows(db, networks, 'sortName', conditions, page);
}

export const { visibleByIds: findNetworksByIds, find: findNetworkRow, insert: insertNetworkRow, update: updateNetworkRow } = recordRowsOf(networks);

/** Current members (not left) per network. */
export const countCurrentMembers = (db: DbExecutor, networkIds: string[]): Promise<Map<string, number>> =>
  countRowsIn(db, networkMembers, networkMembers.networkId, networkIds, isNull(networkMembers.leftOn));

export function findMemberRows(db: DbExecutor, networkId: string): Promise<NetworkMemberRow[]> {
  return findRowsWhere(db, networkMembers, eq(networkMembers.networkId, networkId), asc(networkMembers.joinedOn), asc(networkMembers.id));
}

export function findMemberRowsByIds(db: DbExecutor, ids: string[]): Promise<NetworkMemberRow[]> {
  return findRowsIn(db, networkMembers, networkMembers.id, ids);
}

export function findUnavailabilityRows(db: DbExecutor, memberIds: string[]): Promise<UnavailabilityRow[]> {
  return findRowsIn(db, networkMemberUnavailability, networkMemberUnavailability.networkMemberId, memberIds, asc(networkMemberUnavailability.fromDate), asc(networkMemberUnavailability.id));
}

export const { find: findUnavailabilityRow, insert: insertUnavailabilityRow, remove: deleteUnavailabilityRow } = rowsOf(networkMemberUnavailability);

export const { idsOf: findNetworkThemeIds, replace: replaceNetworkThemeIds } = linksOf(networkThemes, 'networkId', 'themeId');

export const { insert: insertMemberRow, remove: deleteMemberRow } = rowsOf(networkMembers);

export async function updateMemberRow(db: DbExecutor, id: string, changes: Partial<typeof networkMembers.$inferInsert>): Promise<NetworkMemberRow> {
  const [updated] = await db.update(networkMembers).set(changes).where(eq(networkMembers.id, id)).returning();
  return updated!;
}


import { and, asc, count, eq, gt, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { visibleTo } from '../workspaces/record-visibility.js';
import { networkMembers, networkMemberUnavailability, networks } from './networks.tables.js';

export type NetworkRow = typeof networks.$inferSelect;
export type NetworkMemberRow = typeof networkMembers.$inferSelect;
export type UnavailabilityRow = typeof networkMemberUnavailability.$inferSelect;

export async function listNetworkRows(
  db: DbExecutor,
  viewer: Viewer,
  filter: { cadence?: NetworkRow['cadence'] },
  page: { limit: number; after?: { sortName: string; id: string } },
): Promise<NetworkRow[]> {
  const conditions: (SQL | undefined)[] = [visibleTo(viewer, networks)];
  if (filter.cadence) conditions.push(eq(networks.cadence, filter.cadence));
  if (page.after) {
    conditions.push(
      or(gt(networks.sortName, page.after.sortName), and(eq(networks.sortName, page.after.sortName), gt(networks.id, page.after.id))),
    );
  }
  return db
    .select()
    .from(networks)
    .where(and(...conditions))
    .orderBy(asc(networks.sortName), asc(networks.id))
    .limit(page.limit + 1);
}

export async function findNetworkRow(db: DbExecutor, id: string): Promise<NetworkRow | undefined> {
  const [row] = await db.select().from(networks).where(eq(networks.id, id));
  return row;
}

/** Current members (not left) per network. */
export async function countCurrentMembers(db: DbExecutor, networkIds: string[]): Promise<Map<string, number>> {
  if (networkIds.length === 0) return new Map();
  const rows = await db
    .select({ networkId: networkMembers.networkId, members: count() })
    .from(networkMembers)
    .where(and(inArray(networkMembers.networkId, networkIds), isNull(networkMembers.leftOn)))
    .groupBy(networkMembers.networkId);
  return new Map(rows.map((row) => [row.networkId, row.members]));
}

export async function findMemberRows(db: DbExecutor, networkId: string): Promise<NetworkMemberRow[]> {
  return db
    .select()
    .from(networkMembers)
    .where(eq(networkMembers.networkId, networkId))
    .orderBy(asc(networkMembers.joinedOn), asc(networkMembers.id));
}

export async function findMemberRowsByIds(db: DbExecutor, ids: string[]): Promise<NetworkMemberRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(networkMembers).where(inArray(networkMembers.id, ids));
}

export async function findUnavailabilityRows(db: DbExecutor, memberIds: string[]): Promise<UnavailabilityRow[]> {
  if (memberIds.length === 0) return [];
  return db
    .select()
    .from(networkMemberUnavailability)
    .where(inArray(networkMemberUnavailability.networkMemberId, memberIds))
    .orderBy(asc(networkMemberUnavailability.fromDate), asc(networkMemberUnavailability.id));
}

export async function insertUnavailabilityRow(db: DbExecutor, row: typeof networkMemberUnavailability.$inferInsert): Promise<UnavailabilityRow> {
  const [inserted] = await db.insert(networkMemberUnavailability).values(row).returning();
  return inserted!;
}

export async function findUnavailabilityRow(db: DbExecutor, id: string): Promise<UnavailabilityRow | undefined> {
  const [row] = await db.select().from(networkMemberUnavailability).where(eq(networkMemberUnavailability.id, id));
  return row;
}

export async function deleteUnavailabilityRow(db: DbExecutor, id: string): Promise<void> {
  await db.delete(networkMemberUnavailability).where(eq(networkMemberUnavailability.id, id));
}

export async function findNetworksByIds(db: DbExecutor, viewer: Viewer, ids: string[]): Promise<NetworkRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(networks)
    .where(and(inArray(networks.id, ids), visibleTo(viewer, networks)));
}

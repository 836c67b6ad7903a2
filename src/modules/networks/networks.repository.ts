import { and, asc, count, eq, gt, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { visibleTo } from '../workspaces/record-visibility.js';
import { networkMembers, networks } from './networks.tables.js';

export type NetworkRow = typeof networks.$inferSelect;
export type NetworkMemberRow = typeof networkMembers.$inferSelect;

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

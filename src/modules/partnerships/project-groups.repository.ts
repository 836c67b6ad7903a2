import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../core/db/client.js';
import { projectGroupMembers, projectGroups } from './partnerships.tables.js';
import { findRowsIn, findRowsWhere, rowsOf } from '../../core/db/rows.js';

export type ProjectGroupRow = typeof projectGroups.$inferSelect;
export type ProjectGroupMemberRow = typeof projectGroupMembers.$inferSelect;

export function findProjectGroupRows(db: DbExecutor, partnershipId: string): Promise<ProjectGroupRow[]> {
  return findRowsWhere(db, projectGroups, eq(projectGroups.partnershipId, partnershipId), sql`${projectGroups.formedOn} ASC NULLS LAST`, asc(projectGroups.createdAt), asc(projectGroups.id));
}

export const { find: findProjectGroupRow, insert: insertProjectGroupRow, update: updateProjectGroupRow, remove: deleteProjectGroupRow } = rowsOf(projectGroups);

export function findProjectGroupMemberRows(db: DbExecutor, groupIds: string[]): Promise<ProjectGroupMemberRow[]> {
  return findRowsIn(db, projectGroupMembers, projectGroupMembers.projectGroupId, groupIds, asc(projectGroupMembers.position), asc(projectGroupMembers.id));
}

export async function replaceProjectGroupMembers(
  db: DbExecutor,
  groupId: string,
  members: { personId: string; partyId: string | null; role: ProjectGroupMemberRow['role'] }[],
): Promise<void> {
  await db.delete(projectGroupMembers).where(eq(projectGroupMembers.projectGroupId, groupId));
  if (members.length === 0) return;
  await db.insert(projectGroupMembers).values(members.map((member, position) => ({ projectGroupId: groupId, ...member, position })));
}

/** Project groups of a partnership in timeline order (formed on, else created), after a position. */
export async function listProjectGroupTimelineRows(
  db: DbExecutor,
  partnershipId: string,
  page: { limit: number; newest: boolean; after?: (date: SQL, id: SQL) => SQL },
): Promise<(ProjectGroupRow & { timelineDate: string })[]> {
  const date = sql<string>`coalesce(${projectGroups.formedOn}, (${projectGroups.createdAt} AT TIME ZONE 'UTC')::date)`;
  const conditions: (SQL | undefined)[] = [eq(projectGroups.partnershipId, partnershipId)];
  if (page.after) conditions.push(page.after(date, sql`${projectGroups.id}`));
  const direction = page.newest ? sql`DESC` : sql`ASC`;
  const rows = await db
    .select({ row: projectGroups, timelineDate: sql<string>`(${date})::text` })
    .from(projectGroups)
    .where(and(...conditions))
    .orderBy(sql`${date} ${direction}`, sql`${projectGroups.id} ${direction}`)
    .limit(page.limit);
  return rows.map(({ row, timelineDate }) => ({ ...row, timelineDate }));
}

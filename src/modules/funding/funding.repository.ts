import { and, asc, eq, gt, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { keysetAfter } from '../../core/db/keyset.js';
import { visibleTo } from '../../core/records/record-visibility.js';
import { expenditures, fundingDeadlines, fundingProgrammes, grants } from './funding.tables.js';
import { findRowsIn, keysetPageRows, recordRowsOf, rowsOf } from '../../core/db/rows.js';
import { type KeysetPage, equalFilters } from '../../core/db/list-filters.js';

export type ProgrammeRow = typeof fundingProgrammes.$inferSelect;
export type ProgrammeInsert = typeof fundingProgrammes.$inferInsert;
export type DeadlineRow = typeof fundingDeadlines.$inferSelect;
export type GrantRow = typeof grants.$inferSelect;
export type GrantInsert = typeof grants.$inferInsert;
export type ExpenditureRow = typeof expenditures.$inferSelect;

export const { visibleByIds: findProgrammesByIds, find: findProgrammeRow, insert: insertProgrammeRow, update: updateProgrammeRow, remove: deleteProgrammeRow } = recordRowsOf(fundingProgrammes);


export async function listProgrammeRows(db: DbExecutor, viewer: Viewer, filter: { level?: ProgrammeRow['level']; funderOrganizationId?: string }, page: KeysetPage<'sortName'>): Promise<ProgrammeRow[]> {
  const conditions: (SQL | undefined)[] = [visibleTo(viewer, fundingProgrammes), ...equalFilters(filter, { level: fundingProgrammes.level, funderOrganizationId: fundingProgrammes.funderOrganizationId })];
  return keysetPageRows(db, fundingProgrammes, 'sortName', conditions, page);
}

export function findDeadlineRows(db: DbExecutor, programmeIds: string[]): Promise<DeadlineRow[]> {
  return findRowsIn(db, fundingDeadlines, fundingDeadlines.programmeId, programmeIds, asc(fundingDeadlines.dueOn));
}

export async function replaceDeadlineRows(db: DbExecutor, programmeId: string, deadlines: Omit<typeof fundingDeadlines.$inferInsert, 'programmeId'>[]): Promise<void> {
  await db.delete(fundingDeadlines).where(eq(fundingDeadlines.programmeId, programmeId));
  if (deadlines.length > 0) await db.insert(fundingDeadlines).values(deadlines.map((deadline) => ({ ...deadline, programmeId })));
}

/** Deadlines of programmes the viewer may see, by date. */
export async function listDeadlineRows(db: DbExecutor, viewer: Viewer, filter: { from: string; to?: string; programmeId?: string }, page: KeysetPage<'dueOn'>): Promise<{ deadline: DeadlineRow; programme: ProgrammeRow }[]> {
  const conditions: (SQL | undefined)[] = [visibleTo(viewer, fundingProgrammes), gte(fundingDeadlines.dueOn, filter.from), ...equalFilters(filter, { programmeId: fundingDeadlines.programmeId })];
  if (filter.to) conditions.push(lte(fundingDeadlines.dueOn, filter.to));
  if (page.after) conditions.push(keysetAfter(fundingDeadlines.dueOn, fundingDeadlines.id, page.after.dueOn, page.after.id));
  return db
    .select({ deadline: fundingDeadlines, programme: fundingProgrammes })
    .from(fundingDeadlines)
    .innerJoin(fundingProgrammes, eq(fundingProgrammes.id, fundingDeadlines.programmeId))
    .where(and(...conditions))
    .orderBy(asc(fundingDeadlines.dueOn), asc(fundingDeadlines.id))
    .limit(page.limit + 1);
}

export const { find: findGrantRow, insert: insertGrantRow, update: updateGrantRow, remove: deleteGrantRow } = rowsOf(grants);

export async function listGrantRows(
  db: DbExecutor,
  viewer: Viewer,
  filter: { programmeId?: string; projectId?: string; measureId?: string; measureIds?: string[]; status?: GrantRow['status'] },
  page: { limit: number; after?: { id: string } },
): Promise<GrantRow[]> {
  const conditions: (SQL | undefined)[] = [visibleTo(viewer, grants), ...equalFilters(filter, { programmeId: grants.programmeId, projectId: grants.projectId, measureId: grants.measureId, status: grants.status })];
  if (filter.measureIds) conditions.push(filter.measureIds.length > 0 ? inArray(grants.measureId, filter.measureIds) : sql`false`);
  if (page.after) conditions.push(gt(grants.id, page.after.id));
  return db
    .select()
    .from(grants)
    .where(and(...conditions))
    .orderBy(asc(grants.id))
    .limit(page.limit + 1);
}

export const { find: findExpenditureRow, insert: insertExpenditureRow, update: updateExpenditureRow, remove: deleteExpenditureRow } = rowsOf(expenditures);

export async function listExpenditureRows(db: DbExecutor, viewer: Viewer, filter: { projectId?: string; measureId?: string; measureIds?: string[]; grantId?: string }, page: KeysetPage<'spentOn'>): Promise<ExpenditureRow[]> {
  const conditions: (SQL | undefined)[] = [visibleTo(viewer, expenditures), ...equalFilters(filter, { projectId: expenditures.projectId, measureId: expenditures.measureId, grantId: expenditures.grantId })];
  if (filter.measureIds) conditions.push(filter.measureIds.length > 0 ? inArray(expenditures.measureId, filter.measureIds) : sql`false`);
  return keysetPageRows(db, expenditures, 'spentOn', conditions, page);
}

/** Sums by currency (and measure) of what the viewer may see; for budget against spending. */
export async function spendingTotals(db: DbExecutor, viewer: Viewer, filter: { projectId?: string; measureIds?: string[] }) {
  const condition = filter.projectId ? eq(expenditures.projectId, filter.projectId) : filter.measureIds && filter.measureIds.length > 0 ? inArray(expenditures.measureId, filter.measureIds) : sql`false`;
  return db
    .select({ measureId: expenditures.measureId, currency: expenditures.currency, total: sql<number>`sum(${expenditures.amount})::float8` })
    .from(expenditures)
    .where(and(visibleTo(viewer, expenditures), condition))
    .groupBy(expenditures.measureId, expenditures.currency);
}

export async function grantTotals(db: DbExecutor, viewer: Viewer, filter: { projectId?: string; measureIds?: string[] }) {
  const condition = filter.projectId ? eq(grants.projectId, filter.projectId) : filter.measureIds && filter.measureIds.length > 0 ? inArray(grants.measureId, filter.measureIds) : sql`false`;
  return db
    .select({ measureId: grants.measureId, currency: grants.currency, status: grants.status, total: sql<number>`sum(${grants.amount})::float8` })
    .from(grants)
    .where(and(visibleTo(viewer, grants), condition))
    .groupBy(grants.measureId, grants.currency, grants.status);
}


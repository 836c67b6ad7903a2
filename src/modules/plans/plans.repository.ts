import { and, asc, count, desc, eq, exists, gt, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { idIn } from '../../core/db/id-list.js';
import { visibleTo } from '../../core/records/record-visibility.js';
import { actionPlanAgreements, actionPlanMeasurePartners, actionPlanMeasures, actionPlanPriorities, actionPlans, actionPlanSides, actionPlanVersions, measureProgressUpdates } from './plans.tables.js';
import { findRowsIn, findRowsWhere, findRowWhere, insertRow, keysetPageRows, rowsOf, timelineRows, type TimelineWindow } from '../../core/db/rows.js';
import { type KeysetPage, equalFilters } from '../../core/db/list-filters.js';

export type PlanRow = typeof actionPlans.$inferSelect;
export type PlanInsert = typeof actionPlans.$inferInsert;
export type SideRow = typeof actionPlanSides.$inferSelect;
export type PriorityRow = typeof actionPlanPriorities.$inferSelect;
export type MeasureRow = typeof actionPlanMeasures.$inferSelect;
export type MeasureInsert = typeof actionPlanMeasures.$inferInsert;
export type MeasurePartnerRow = typeof actionPlanMeasurePartners.$inferSelect;
export type AgreementRow = typeof actionPlanAgreements.$inferSelect;
export type VersionRow = typeof actionPlanVersions.$inferSelect;
export type ProgressRow = typeof measureProgressUpdates.$inferSelect;

/**
 * The SQL form of the plan read rule: readable like any record of its workspace, or of the
 * workspace of one of its sides (row-level security applies the same rule again).
 */
export function planVisibleTo(db: DbExecutor, viewer: Viewer): SQL {
  if (viewer.kind !== 'user') return visibleTo(viewer, actionPlans);
  return or(
    visibleTo(viewer, actionPlans),
    exists(
      db
        .select({ one: sql`1` })
        .from(actionPlanSides)
        .where(
          and(
            eq(actionPlanSides.planId, actionPlans.id),
            visibleTo(viewer, { workspaceId: actionPlanSides.workspaceId, visibility: actionPlans.visibility, createdBy: actionPlans.createdBy }),
          ),
        ),
    ),
  )!;
}

export const { find: findPlanRow, insert: insertPlanRow, update: updatePlanRow, remove: deletePlanRow } = rowsOf(actionPlans);

export async function listPlanRows(db: DbExecutor, viewer: Viewer, filter: { status?: PlanRow['status']; partnershipId?: string; areaPlaceId?: string }, page: KeysetPage<'sortTitle'>): Promise<PlanRow[]> {
  const conditions: (SQL | undefined)[] = [planVisibleTo(db, viewer), ...equalFilters(filter, { status: actionPlans.status, partnershipId: actionPlans.partnershipId, areaPlaceId: actionPlans.areaPlaceId })];
  return keysetPageRows(db, actionPlans, 'sortTitle', conditions, page);
}

/** A change of the content: agreements given so far no longer hold for it. */
export async function bumpRevision(db: DbExecutor, id: string): Promise<void> {
  await db
    .update(actionPlans)
    .set({ revision: sql`${actionPlans.revision} + 1`, updatedAt: sql`now()` })
    .where(eq(actionPlans.id, id));
}

export function findSideRows(db: DbExecutor, planIds: string[]): Promise<SideRow[]> {
  return findRowsIn(db, actionPlanSides, actionPlanSides.planId, planIds, asc(actionPlanSides.position));
}

export async function replaceSideRows(db: DbExecutor, planId: string, sides: Omit<typeof actionPlanSides.$inferInsert, 'planId' | 'position'>[]): Promise<void> {
  await db.delete(actionPlanSides).where(eq(actionPlanSides.planId, planId));
  await db.insert(actionPlanSides).values(sides.map((side, position) => ({ ...side, planId, position })));
}

export function findPriorityRows(db: DbExecutor, planId: string): Promise<PriorityRow[]> {
  return findRowsWhere(db, actionPlanPriorities, eq(actionPlanPriorities.planId, planId), asc(actionPlanPriorities.position), asc(actionPlanPriorities.createdAt));
}

export const { insert: insertPriorityRow, update: updatePriorityRow, remove: deletePriorityRow } = rowsOf(actionPlanPriorities);

export async function countMeasuresOf(db: DbExecutor, priorityId: string): Promise<number> {
  const [row] = await db.select({ value: count() }).from(actionPlanMeasures).where(eq(actionPlanMeasures.priorityId, priorityId));
  return row?.value ?? 0;
}

export function findMeasureRows(db: DbExecutor, planId: string): Promise<MeasureRow[]> {
  return findRowsWhere(db, actionPlanMeasures, eq(actionPlanMeasures.planId, planId), asc(actionPlanMeasures.position), asc(actionPlanMeasures.createdAt));
}

export const findMeasureRow = (db: DbExecutor, planId: string, measureId: string): Promise<MeasureRow | undefined> => findRowWhere(db, actionPlanMeasures, and(eq(actionPlanMeasures.id, measureId), eq(actionPlanMeasures.planId, planId)));

/** Plan and workspace of measures, for other modules that attach money to measures. */
export async function findMeasuresWithPlans(db: DbExecutor, measureIds: string[]): Promise<{ measure: MeasureRow; plan: PlanRow }[]> {
  if (measureIds.length === 0) return [];
  return db
    .select({ measure: actionPlanMeasures, plan: actionPlans })
    .from(actionPlanMeasures)
    .innerJoin(actionPlans, eq(actionPlans.id, actionPlanMeasures.planId))
    .where(inArray(actionPlanMeasures.id, measureIds));
}

export const { insert: insertMeasureRow, update: updateMeasureRow, remove: deleteMeasureRow } = rowsOf(actionPlanMeasures);

export async function nextMeasurePosition(db: DbExecutor, planId: string): Promise<number> {
  const [row] = await db.select({ value: sql<number>`coalesce(max(${actionPlanMeasures.position}) + 1, 0)` }).from(actionPlanMeasures).where(eq(actionPlanMeasures.planId, planId));
  return Number(row?.value ?? 0);
}

export async function nextPriorityPosition(db: DbExecutor, planId: string): Promise<number> {
  const [row] = await db.select({ value: sql<number>`coalesce(max(${actionPlanPriorities.position}) + 1, 0)` }).from(actionPlanPriorities).where(eq(actionPlanPriorities.planId, planId));
  return Number(row?.value ?? 0);
}

/** Measures whose dates lie outside a period. */
export async function measuresOutside(db: DbExecutor, planId: string, start: string, end: string): Promise<MeasureRow[]> {
  return db
    .select()
    .from(actionPlanMeasures)
    .where(
      and(
        eq(actionPlanMeasures.planId, planId),
        or(sql`${actionPlanMeasures.startDate} < ${start}`, sql`${actionPlanMeasures.endDate} > ${end}`, sql`${actionPlanMeasures.startDate} > ${end}`, sql`${actionPlanMeasures.endDate} < ${start}`),
      ),
    );
}

export function findMeasurePartnerRows(db: DbExecutor, measureIds: string[]): Promise<MeasurePartnerRow[]> {
  return findRowsIn(db, actionPlanMeasurePartners, actionPlanMeasurePartners.measureId, measureIds, asc(actionPlanMeasurePartners.position));
}

export async function replaceMeasurePartners(db: DbExecutor, planId: string, measureId: string, organizationIds: string[]): Promise<void> {
  await db.delete(actionPlanMeasurePartners).where(eq(actionPlanMeasurePartners.measureId, measureId));
  if (organizationIds.length > 0) {
    await db.insert(actionPlanMeasurePartners).values(organizationIds.map((organizationId, position) => ({ planId, measureId, organizationId, position })));
  }
}

export function findAgreementRows(db: DbExecutor, planId: string): Promise<AgreementRow[]> {
  return findRowsWhere(db, actionPlanAgreements, eq(actionPlanAgreements.planId, planId), desc(actionPlanAgreements.revision), asc(actionPlanAgreements.agreedAt));
}

export const insertAgreementRow = (db: DbExecutor, row: typeof actionPlanAgreements.$inferInsert): Promise<AgreementRow> => insertRow(db, actionPlanAgreements, row);

export async function deleteAgreementRow(db: DbExecutor, sideId: string, revision: number): Promise<number> {
  const deleted = await db
    .delete(actionPlanAgreements)
    .where(and(eq(actionPlanAgreements.sideId, sideId), eq(actionPlanAgreements.revision, revision)))
    .returning({ id: actionPlanAgreements.id });
  return deleted.length;
}

export function findVersionRows(db: DbExecutor, planId: string): Promise<VersionRow[]> {
  return findRowsWhere(db, actionPlanVersions, eq(actionPlanVersions.planId, planId), asc(actionPlanVersions.number));
}

export const findVersionRow = (db: DbExecutor, planId: string, number: number): Promise<VersionRow | undefined> => findRowWhere(db, actionPlanVersions, and(eq(actionPlanVersions.planId, planId), eq(actionPlanVersions.number, number)));

export const insertVersionRow = (db: DbExecutor, row: typeof actionPlanVersions.$inferInsert): Promise<VersionRow> => insertRow(db, actionPlanVersions, row);

/** The newest progress update of every measure of a plan. */
export async function latestProgressRows(db: DbExecutor, planId: string): Promise<ProgressRow[]> {
  return db
    .selectDistinctOn([measureProgressUpdates.measureId])
    .from(measureProgressUpdates)
    .where(eq(measureProgressUpdates.planId, planId))
    .orderBy(measureProgressUpdates.measureId, desc(measureProgressUpdates.reportedOn), desc(measureProgressUpdates.createdAt));
}

export async function findProgressRows(db: DbExecutor, planId: string, measureId: string): Promise<ProgressRow[]> {
  return db
    .select()
    .from(measureProgressUpdates)
    .where(and(eq(measureProgressUpdates.planId, planId), eq(measureProgressUpdates.measureId, measureId)))
    .orderBy(desc(measureProgressUpdates.reportedOn), desc(measureProgressUpdates.createdAt))
    .limit(500);
}

export const findProgressRow = (db: DbExecutor, planId: string, id: string): Promise<ProgressRow | undefined> => findRowWhere(db, measureProgressUpdates, and(eq(measureProgressUpdates.id, id), eq(measureProgressUpdates.planId, planId)));

export const { insert: insertProgressRow, remove: deleteProgressRow } = rowsOf(measureProgressUpdates);

/** Measures of plans the viewer may read that link to a source or a project, newest plans' first by plan title. */
export async function listMeasureLinkRows(
  db: DbExecutor,
  viewer: Viewer,
  filter: { sourceType?: string; sourceId?: string; projectId?: string },
  page: { limit: number; after?: { id: string } },
): Promise<{ measure: MeasureRow; plan: PlanRow }[]> {
  const conditions: (SQL | undefined)[] = [planVisibleTo(db, viewer), ...equalFilters(filter, { projectId: actionPlanMeasures.projectId })];
  if (filter.sourceType && filter.sourceId) {
    conditions.push(eq(actionPlanMeasures.sourceType, filter.sourceType), eq(actionPlanMeasures.sourceId, filter.sourceId), isNotNull(actionPlanMeasures.sourceId));
  }
  if (page.after) conditions.push(gt(actionPlanMeasures.id, page.after.id));
  return db
    .select({ measure: actionPlanMeasures, plan: actionPlans })
    .from(actionPlanMeasures)
    .innerJoin(actionPlans, eq(actionPlans.id, actionPlanMeasures.planId))
    .where(and(...conditions))
    .orderBy(asc(actionPlanMeasures.id))
    .limit(page.limit + 1);
}

/** Every measure of the plans the viewer may read, in pages, for exports. */
export async function measureIdsOfPlan(db: DbExecutor, planId: string): Promise<string[]> {
  const rows = await db.select({ id: actionPlanMeasures.id }).from(actionPlanMeasures).where(eq(actionPlanMeasures.planId, planId));
  return rows.map((row) => row.id);
}

/** Plans of a partnership in timeline order (period start, id), beyond a position. */
export function listPartnershipPlanRows(db: DbExecutor, viewer: Viewer, partnershipId: string, window: TimelineWindow): Promise<PlanRow[]> {
  return timelineRows(db, actionPlans, actionPlans.periodStart, [eq(actionPlans.partnershipId, partnershipId), planVisibleTo(db, viewer)], window);
}

/**
 * Sides of draft plans whose workspace is one the viewer agrees for and which have not agreed to
 * the plan as it is now, leaving out plans the viewer has agreed to for another side already.
 */
export async function sidesAwaitingAgreementRows(db: DbExecutor, viewer: Viewer & { kind: 'user' }, workspaceIds: readonly string[], limit: number) {
  return db
    .select({ plan: actionPlans, side: actionPlanSides })
    .from(actionPlanSides)
    .innerJoin(actionPlans, eq(actionPlans.id, actionPlanSides.planId))
    .where(
      and(
        idIn(actionPlanSides.workspaceId, workspaceIds),
        eq(actionPlans.status, 'draft'),
        planVisibleTo(db, viewer),
        sql`NOT EXISTS (SELECT 1 FROM ${actionPlanAgreements} WHERE ${actionPlanAgreements.planId} = ${actionPlans.id} AND ${actionPlanAgreements.revision} = ${actionPlans.revision} AND (${actionPlanAgreements.sideId} = ${actionPlanSides.id} OR ${actionPlanAgreements.userId} = ${viewer.userId}))`,
      ),
    )
    .orderBy(asc(actionPlans.sortTitle), asc(actionPlans.id), asc(actionPlanSides.position))
    .limit(limit);
}

/** Measures of the given workspaces' plans (not done, not historical) whose end date has passed since the plan was recorded and whose latest report does not say done, the longest overdue first. */
export async function overdueMeasureRows(db: DbExecutor, viewer: Viewer, workspaceIds: readonly string[], today: string, limit: number) {
  const latestStatus = sql`(SELECT ${measureProgressUpdates.status} FROM ${measureProgressUpdates} WHERE ${measureProgressUpdates.measureId} = ${actionPlanMeasures.id} ORDER BY ${measureProgressUpdates.reportedOn} DESC, ${measureProgressUpdates.createdAt} DESC LIMIT 1)`;
  return db
    .select({ measure: actionPlanMeasures, plan: actionPlans })
    .from(actionPlanMeasures)
    .innerJoin(actionPlans, eq(actionPlans.id, actionPlanMeasures.planId))
    .where(
      and(
        idIn(actionPlans.workspaceId, workspaceIds),
        planVisibleTo(db, viewer),
        sql`${actionPlans.status} <> 'done'`,
        sql`NOT ${actionPlans.historical}`,
        sql`${actionPlanMeasures.endDate} < ${today}::date`,
        sql`${actionPlanMeasures.endDate} >= ${actionPlans.createdAt}::date`,
        sql`${latestStatus} IS DISTINCT FROM 'done'`,
      ),
    )
    .orderBy(asc(actionPlanMeasures.endDate), asc(actionPlanMeasures.id))
    .limit(limit);
}

import { and, asc, desc, eq, inArray, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { visibleTo } from '../../core/records/record-visibility.js';
import { areaIndicators, areaIndicatorValues, areaMonitorAreas, areaMonitors, areaPilotSelections, type AreaBoundary } from './areas.tables.js';
import { findRowsWhere, insertRow, keysetPageRows, linksOf, rowsOf } from '../../core/db/rows.js';
import { type KeysetPage, equalFilters } from '../../core/db/list-filters.js';

export type MonitorRow = typeof areaMonitors.$inferSelect;
export type IndicatorRow = typeof areaIndicators.$inferSelect;
export type ValueRow = typeof areaIndicatorValues.$inferSelect;
export type SelectionRow = typeof areaPilotSelections.$inferSelect;

export const { find: findMonitorRow, insert: insertMonitorRow, update: updateMonitorRow, remove: deleteMonitorRow } = rowsOf(areaMonitors);

export async function listMonitorRows(db: DbExecutor, viewer: Viewer, filter: { projectId?: string; cityPlaceId?: string }, page: KeysetPage<'sortTitle'>): Promise<MonitorRow[]> {
  const conditions: (SQL | undefined)[] = [visibleTo(viewer, areaMonitors), ...equalFilters(filter, { projectId: areaMonitors.projectId, cityPlaceId: areaMonitors.cityPlaceId })];
  return keysetPageRows(db, areaMonitors, 'sortTitle', conditions, page);
}

export function findIndicatorRows(db: DbExecutor, monitorId: string): Promise<IndicatorRow[]> {
  return findRowsWhere(db, areaIndicators, eq(areaIndicators.monitorId, monitorId), asc(areaIndicators.position));
}

/** Keeps the indicators named by id (updating them), adds the new ones and removes the rest with their values. */
export async function replaceIndicatorRows(db: DbExecutor, monitorId: string, indicators: (Omit<typeof areaIndicators.$inferInsert, 'monitorId' | 'position'> & { id?: string })[]): Promise<void> {
  const existing = await findIndicatorRows(db, monitorId);
  const kept = new Set(indicators.flatMap((indicator) => (indicator.id ? [indicator.id] : [])));
  const removed = existing.filter((row) => !kept.has(row.id)).map((row) => row.id);
  if (removed.length > 0) await db.delete(areaIndicators).where(inArray(areaIndicators.id, removed));
  // Keys are unique per monitor: park the kept ones under temporary keys before renaming.
  for (const row of existing.filter((candidate) => kept.has(candidate.id))) {
    await db.update(areaIndicators).set({ key: `~${row.id}` }).where(eq(areaIndicators.id, row.id));
  }
  for (const [position, indicator] of indicators.entries()) {
    if (indicator.id && existing.some((row) => row.id === indicator.id)) {
      const { id, ...fields } = indicator;
      await db.update(areaIndicators).set({ ...fields, position }).where(eq(areaIndicators.id, id));
    } else {
      const { id: _id, ...fields } = indicator;
      await db.insert(areaIndicators).values({ ...fields, monitorId, position });
    }
  }
}

export async function findAreaIds(db: DbExecutor, monitorId: string): Promise<string[]> {
  const rows = await db.select({ placeId: areaMonitorAreas.placeId }).from(areaMonitorAreas).where(eq(areaMonitorAreas.monitorId, monitorId));
  return rows.map((row) => row.placeId);
}

export const { idsByRecord: findAreaIdsOf } = linksOf(areaMonitorAreas, 'monitorId', 'placeId');

export async function findAreaRows(db: DbExecutor, monitorId: string) {
  return db.select().from(areaMonitorAreas).where(eq(areaMonitorAreas.monitorId, monitorId));
}

export async function setAreaBoundary(db: DbExecutor, monitorId: string, placeId: string, boundary: AreaBoundary | null): Promise<void> {
  await db.update(areaMonitorAreas).set({ boundary }).where(and(eq(areaMonitorAreas.monitorId, monitorId), eq(areaMonitorAreas.placeId, placeId)));
}

/** Keeps the areas still named (with their boundaries), removes the others and adds the new ones. */
export async function replaceAreaRows(db: DbExecutor, monitorId: string, placeIds: string[]): Promise<void> {
  await db.delete(areaMonitorAreas).where(and(eq(areaMonitorAreas.monitorId, monitorId), placeIds.length > 0 ? notInArray(areaMonitorAreas.placeId, placeIds) : undefined));
  await addAreaRows(db, monitorId, placeIds);
}

export async function addAreaRows(db: DbExecutor, monitorId: string, placeIds: string[]): Promise<void> {
  if (placeIds.length > 0) await db.insert(areaMonitorAreas).values(placeIds.map((placeId) => ({ monitorId, placeId }))).onConflictDoNothing();
}

export async function findValueRows(db: DbExecutor, monitorId: string, period: string): Promise<ValueRow[]> {
  return db
    .select()
    .from(areaIndicatorValues)
    .where(and(eq(areaIndicatorValues.monitorId, monitorId), eq(areaIndicatorValues.period, period)));
}

export async function findPeriods(db: DbExecutor, monitorId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ period: areaIndicatorValues.period })
    .from(areaIndicatorValues)
    .where(eq(areaIndicatorValues.monitorId, monitorId))
    .orderBy(desc(areaIndicatorValues.period));
  return rows.map((row) => row.period);
}

export async function upsertValueRows(db: DbExecutor, rows: (typeof areaIndicatorValues.$inferInsert)[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 500) {
    await db
      .insert(areaIndicatorValues)
      .values(rows.slice(start, start + 500))
      .onConflictDoUpdate({ target: [areaIndicatorValues.indicatorId, areaIndicatorValues.placeId, areaIndicatorValues.period], set: { value: sql`excluded.value` } });
  }
}

export async function deleteValueRows(db: DbExecutor, keys: { indicatorId: string; placeId: string; period: string }[]): Promise<void> {
  for (const key of keys) {
    await db
      .delete(areaIndicatorValues)
      .where(and(eq(areaIndicatorValues.indicatorId, key.indicatorId), eq(areaIndicatorValues.placeId, key.placeId), eq(areaIndicatorValues.period, key.period)));
  }
}

export function findSelectionRows(db: DbExecutor, monitorId: string): Promise<SelectionRow[]> {
  return findRowsWhere(db, areaPilotSelections, eq(areaPilotSelections.monitorId, monitorId), desc(areaPilotSelections.selectedOn), desc(areaPilotSelections.createdAt));
}

export const insertSelectionRow = (db: DbExecutor, row: typeof areaPilotSelections.$inferInsert): Promise<SelectionRow> => insertRow(db, areaPilotSelections, row);

export async function deleteSelectionRow(db: DbExecutor, monitorId: string, id: string): Promise<SelectionRow | undefined> {
  const [deleted] = await db
    .delete(areaPilotSelections)
    .where(and(eq(areaPilotSelections.id, id), eq(areaPilotSelections.monitorId, monitorId)))
    .returning();
  return deleted;
}

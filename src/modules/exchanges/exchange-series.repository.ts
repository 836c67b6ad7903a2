import { and, asc, eq, gt, or, sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { exchanges, exchangeSeries } from './exchanges.tables.js';
import { visibleTo } from '../../core/records/record-visibility.js';
import { countRowsIn, findRowsWhere, rowsOf } from '../../core/db/rows.js';
import { type KeysetPage, equalFilters } from '../../core/db/list-filters.js';

export type ProgrammeRow = typeof exchangeSeries.$inferSelect;
export type PartRow = typeof exchanges.$inferSelect;

const sortTitle = sql<string>`lower(coalesce(${exchangeSeries.title}->>'de', ${exchangeSeries.title}->>'en', ${exchangeSeries.title}->>'uk', ''))`;

export async function listProgrammeRows(db: DbExecutor, viewer: Viewer, filter: { partnershipId?: string }, page: KeysetPage<'sortTitle'>): Promise<(ProgrammeRow & { sortTitle: string })[]> {
  const conditions: (SQL | undefined)[] = [visibleTo(viewer, exchangeSeries), ...equalFilters(filter, { partnershipId: exchangeSeries.partnershipId })];
  if (page.after) conditions.push(or(gt(sortTitle, page.after.sortTitle), and(eq(sortTitle, page.after.sortTitle), gt(exchangeSeries.id, page.after.id))));
  const rows = await db
    .select({ row: exchangeSeries, sortTitle })
    .from(exchangeSeries)
    .where(and(...conditions))
    .orderBy(asc(sortTitle), asc(exchangeSeries.id))
    .limit(page.limit + 1);
  return rows.map(({ row, sortTitle }) => ({ ...row, sortTitle }));
}

export const { find: findProgrammeRow, insert: insertProgrammeRow, update: updateProgrammeRow, remove: deleteProgrammeRow } = rowsOf(exchangeSeries);

/** The parts of a programme in their order (all of them, whoever may read them: numbering needs every part). */
export function findPartRows(db: DbExecutor, programmeId: string): Promise<PartRow[]> {
  return findRowsWhere(db, exchanges, eq(exchanges.seriesId, programmeId), asc(exchanges.seriesPart), asc(exchanges.startDate), asc(exchanges.id));
}

export const countParts = (db: DbExecutor, programmeIds: string[]): Promise<Map<string, number>> => countRowsIn(db, exchanges, exchanges.seriesId, programmeIds);

/** Sets the programme and position of an exchange; null detaches it. */
export async function setPart(db: DbExecutor, exchangeId: string, programmeId: string | null, part: number | null): Promise<void> {
  await db.update(exchanges).set({ seriesId: programmeId, seriesPart: part, updatedAt: new Date() }).where(eq(exchanges.id, exchangeId));
}

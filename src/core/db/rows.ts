import { and, asc, count, desc, eq, exists, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbExecutor } from './client.js';
import { keysetAfter } from './keyset.js';
import { idIn } from './id-list.js';
import type { Viewer } from '../auth/viewer.js';
import { visibleTo, type ScopedColumns } from '../records/record-visibility.js';

/** A table whose rows are known by an `id` column. */
export type TableWithId = PgTable & { id: AnyPgColumn };
/** A table of records with a workspace, a visibility and a creator. */
type ScopedTable = TableWithId & ScopedColumns;

type RowOf<T extends PgTable> = T['$inferSelect'];
type InsertOf<T extends PgTable> = T['$inferInsert'];

// Drizzle's builders cannot follow a table passed as a type parameter; these helpers are typed by
// the table's own row and insert types instead.
const anyTable = (table: PgTable) => table as PgTable & Record<string, AnyPgColumn>;

/** The first row matching the condition, whoever may read it (the service decides). */
export async function findRowWhere<T extends PgTable>(db: DbExecutor, table: T, where: SQL | undefined): Promise<RowOf<T> | undefined> {
  const [row] = await db.select().from(anyTable(table)).where(where);
  return row as RowOf<T> | undefined;
}

/** The row of this id, whoever may read it (the service decides). */
export const findRowById = <T extends TableWithId>(db: DbExecutor, table: T, id: string): Promise<RowOf<T> | undefined> => findRowWhere(db, table, eq(table.id, id));

/** The rows of these ids the viewer may see. */
export async function findVisibleRowsByIds<T extends ScopedTable>(db: DbExecutor, viewer: Viewer, table: T, ids: string[]): Promise<RowOf<T>[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(anyTable(table))
    .where(and(idIn(table.id, ids), visibleTo(viewer, table)));
  return rows as RowOf<T>[];
}

/** The rows matching a condition (the children of a record, say) in the order given, whoever may read them. */
export async function findRowsWhere<T extends PgTable>(db: DbExecutor, table: T, where: SQL | undefined, ...order: (AnyPgColumn | SQL)[]): Promise<RowOf<T>[]> {
  const rows = await db
    .select()
    .from(anyTable(table))
    .where(where)
    .orderBy(...order);
  return rows as RowOf<T>[];
}

/** The rows whose `column` is one of `ids` (the children of several records), in the order given; no query for no ids. */
export async function findRowsIn<T extends PgTable>(db: DbExecutor, table: T, column: AnyPgColumn, ids: string[], ...order: (AnyPgColumn | SQL)[]): Promise<RowOf<T>[]> {
  if (ids.length === 0) return [];
  return findRowsWhere(db, table, idIn(column, ids), ...order);
}

/** How many rows have each of `ids` in `column` (and meet the conditions): the children per record; an id without any is left out; no query for no ids. */
export async function countRowsIn(db: DbExecutor, table: PgTable, column: AnyPgColumn, ids: string[], ...conditions: (SQL | undefined)[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: column, count: count() })
    .from(anyTable(table))
    .where(and(idIn(column, ids), ...conditions))
    .groupBy(column);
  return new Map(rows.map((row) => [row.id as string, row.count]));
}

export async function insertRow<T extends PgTable>(db: DbExecutor, table: T, values: InsertOf<T>): Promise<RowOf<T>> {
  const [row] = await db.insert(anyTable(table)).values(values as never).returning();
  return row as RowOf<T>;
}

/** Changes one row and stamps its `updatedAt` where the table has one. */
export async function updateRowById<T extends TableWithId>(db: DbExecutor, table: T, id: string, changes: Partial<InsertOf<T>>): Promise<RowOf<T>> {
  const stamp = 'updatedAt' in table ? { updatedAt: sql`now()` } : {};
  const [row] = await db
    .update(anyTable(table))
    .set({ ...changes, ...stamp } as never)
    .where(eq(table.id, id))
    .returning();
  return row as RowOf<T>;
}

export async function deleteRowById<T extends TableWithId>(db: DbExecutor, table: T, id: string): Promise<void> {
  await db.delete(anyTable(table)).where(eq(table.id, id));
}

/**
 * One page of a list ordered by a sort column and the id: the rows matching `conditions` after
 * the position `page.after` (its sort value under the column's own name), one more than the limit
 * so `toPage` knows whether another page follows. `descending` lists the largest values first.
 */
export async function keysetPageRows<T extends TableWithId, K extends keyof T & string>(
  db: DbExecutor,
  table: T,
  sortKey: K,
  conditions: (SQL | undefined)[],
  page: { limit: number; after?: { [key in K]: unknown } & { id: string } },
  descending = false,
): Promise<RowOf<T>[]> {
  const sortColumn = table[sortKey] as AnyPgColumn;
  const after = page.after ? keysetAfter(sortColumn, table.id, page.after[sortKey], page.after.id, descending) : undefined;
  const direction = descending ? desc : asc;
  const rows = await db
    .select()
    .from(anyTable(table))
    .where(and(...conditions, after))
    .orderBy(direction(sortColumn), direction(table.id))
    .limit(page.limit + 1);
  return rows as RowOf<T>[];
}

/** How many rows of a table of records the viewer may see. */
export async function countVisibleRows(db: DbExecutor, viewer: Viewer, table: ScopedTable): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(anyTable(table)).where(visibleTo(viewer, table));
  return row?.count ?? 0;
}

/** `EXISTS (SELECT 1 FROM table WHERE …)`: a row has a linked row matching every condition. */
export function existsIn(db: DbExecutor, table: PgTable, ...conditions: SQL[]): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(table)
      .where(and(...conditions)),
  );
}

/** The one-row operations of a table, for its repository to export under names of its own. */
export function rowsOf<T extends TableWithId>(table: T) {
  return {
    find: (db: DbExecutor, id: string) => findRowById(db, table, id),
    insert: (db: DbExecutor, values: InsertOf<T>) => insertRow(db, table, values),
    update: (db: DbExecutor, id: string, changes: Partial<InsertOf<T>>) => updateRowById(db, table, id, changes),
    remove: (db: DbExecutor, id: string) => deleteRowById(db, table, id),
  };
}

/** `rowsOf` a table of records with a workspace and a visibility, and the rows of some ids the viewer may see. */
export function recordRowsOf<T extends ScopedTable>(table: T) {
  return { ...rowsOf(table), visibleByIds: (db: DbExecutor, viewer: Viewer, ids: string[]) => findVisibleRowsByIds(db, viewer, table, ids) };
}

type ColumnKey<T extends PgTable> = keyof RowOf<T> & string;

/**
 * The reads and writes of a table that links records to others by id (an organisation to its
 * themes), for a repository to export under names of its own:
 * `export const { idsOf: findNetworkThemeIds, replace: replaceNetworkThemeIds } = linksOf(networkThemes, 'networkId', 'themeId')`.
 */
export function linksOf<T extends PgTable>(table: T, recordKey: ColumnKey<T>, linkedKey: ColumnKey<T>) {
  const recordColumn: AnyPgColumn = anyTable(table)[recordKey]!;
  const linkedColumn: AnyPgColumn = anyTable(table)[linkedKey]!;
  return {
    /** The ids linked to one record. */
    idsOf: async (db: DbExecutor, recordId: string): Promise<string[]> => {
      const rows = await db.select({ linkedId: linkedColumn }).from(anyTable(table)).where(eq(recordColumn, recordId));
      return rows.map((row) => row.linkedId as string);
    },
    /** The ids linked to each of several records (a record without links has no entry). */
    idsByRecord: async (db: DbExecutor, recordIds: string[]): Promise<Map<string, string[]>> => {
      const grouped = new Map<string, string[]>();
      if (recordIds.length === 0) return grouped;
      const rows = await db.select({ recordId: recordColumn, linkedId: linkedColumn }).from(anyTable(table)).where(idIn(recordColumn, recordIds));
      for (const row of rows) grouped.set(row.recordId as string, [...(grouped.get(row.recordId as string) ?? []), row.linkedId as string]);
      return grouped;
    },
    /** Links one record to these ids (each once) instead of those before. */
    replace: async (db: DbExecutor, recordId: string, linkedIds: string[]): Promise<void> => {
      await db.delete(anyTable(table)).where(eq(recordColumn, recordId));
      const unique = [...new Set(linkedIds)];
      if (unique.length > 0) await db.insert(anyTable(table)).values(unique.map((linkedId) => ({ [recordKey]: recordId, [linkedKey]: linkedId })) as never);
    },
  };
}

/** A window of a list in timeline order (a date, then the id): how many rows, which way, beyond which position. */
export interface TimelineWindow {
  limit: number;
  newest: boolean;
  /** The condition "beyond the last entry shown" over the date and id columns. */
  after?: (date: SQL, id: SQL) => SQL;
}

/** The rows matching the conditions in timeline order over `date` and the id, within the window. */
export async function timelineRows<T extends TableWithId>(db: DbExecutor, table: T, date: AnyPgColumn, conditions: (SQL | undefined)[], window: TimelineWindow): Promise<RowOf<T>[]> {
  const after = window.after ? window.after(sql`${date}`, sql`${table.id}`) : undefined;
  const direction = window.newest ? desc : asc;
  const rows = await db
    .select()
    .from(anyTable(table))
    .where(and(...conditions, after))
    .orderBy(direction(date), direction(table.id))
    .limit(window.limit);
  return rows as RowOf<T>[];
}

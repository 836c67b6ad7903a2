import type { DbExecutor } from './db/client.js';
import type { KeysetPage } from './db/list-filters.js';
import { decodeSortCursor, toPage, type CursorValues, type Page } from './http/pagination.js';
import type { ServiceContext } from './service-context.js';

/** A list ordered by one column and then the id. */
interface SortedList<Column extends string, Row, Item> {
  /** The column as the cursor names it (`sortName`, `startDate` …). */
  column: Column;
  /** `window.limit + 1` rows in order, after `window.after`. */
  rows: (tx: DbExecutor, ctx: ServiceContext, window: KeysetPage<Column>) => Promise<Row[]>;
  /** How a row shown is presented; it may first read what the shown rows refer to. */
  present: (shown: Row[], tx: DbExecutor, ctx: ServiceContext) => ((row: Row) => Item) | Promise<(row: Row) => Item>;
  /** The values of the last row shown that the next page starts after: the column's and the id unless told. */
  cursorOf?: (row: Row) => CursorValues;
}

type SortableRow<Column extends string> = Record<Column, string | number | null> & { id: string };

/** One page of a sorted list after the query's cursor, read and presented in one transaction. */
export function sortedPage<Column extends string, Row, Item>(
  ctx: ServiceContext,
  query: { limit: number; cursor?: string },
  list: SortedList<Column, Row, Item> & { cursorOf: (row: Row) => CursorValues },
): Promise<Page<Item>>;
export function sortedPage<Column extends string, Row extends SortableRow<Column>, Item>(
  ctx: ServiceContext,
  query: { limit: number; cursor?: string },
  list: SortedList<Column, Row, Item>,
): Promise<Page<Item>>;
export async function sortedPage<Column extends string, Row, Item>(
  ctx: ServiceContext,
  query: { limit: number; cursor?: string },
  list: SortedList<Column, Row, Item>,
): Promise<Page<Item>> {
  const after = decodeSortCursor(query.cursor, list.column);
  const cursorOf = list.cursorOf ?? ((row: Row) => [(row as SortableRow<Column>)[list.column], (row as SortableRow<Column>).id]);
  return ctx.transaction(async (tx, ctx) => {
    const rows = await list.rows(tx, ctx, { limit: query.limit, after });
    const present = await list.present(rows.slice(0, query.limit), tx, ctx);
    return toPage(rows, query.limit, cursorOf, present);
  });
}

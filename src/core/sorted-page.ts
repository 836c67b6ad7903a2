import type { DbExecutor } from './db/client.js';
import { decodeSortCursor, toPage, type CursorValues, type Page } from './http/pagination.js';
import type { ServiceContext } from './service-context.js';

/** What a repository reads for one page: `limit + 1` rows in order, after the position `after`. */
export interface SortedWindow<Column extends string> {
  limit: number;
  after: (Record<Column, string> & { id: string }) | undefined;
}

/** A list ordered by one column and then the id. */
export interface SortedList<Column extends string, Row, Item> {
  /** The column as the cursor names it (`sortName`, `startDate` …). */
  column: Column;
  rows: (tx: DbExecutor, ctx: ServiceContext, window: SortedWindow<Column>) => Promise<Row[]>;
  /** The values of the last row shown that the next page starts after. */
  cursorOf: (row: Row) => CursorValues;
  /** How a row shown is presented; it may first read what the shown rows refer to. */
  present: (shown: Row[], tx: DbExecutor, ctx: ServiceContext) => ((row: Row) => Item) | Promise<(row: Row) => Item>;
}

/** One page of a sorted list after the query's cursor, read and presented in one transaction. */
export async function sortedPage<Column extends string, Row, Item>(
  ctx: ServiceContext,
  query: { limit: number; cursor?: string },
  list: SortedList<Column, Row, Item>,
): Promise<Page<Item>> {
  const after = decodeSortCursor(query.cursor, list.column);
  return ctx.transaction(async (tx, ctx) => {
    const rows = await list.rows(tx, ctx, { limit: query.limit, after });
    const present = await list.present(rows.slice(0, query.limit), tx, ctx);
    return toPage(rows, query.limit, list.cursorOf, present);
  });
}

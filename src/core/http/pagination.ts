import { z } from 'zod';
import { invalidField } from '../errors.js';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

const limitError = { error: `must be a whole number from 1 to ${MAX_PAGE_SIZE}` };

export const pageQueryShape = {
  limit: z.coerce
    .number(limitError)
    .int(limitError)
    .min(1, limitError)
    .max(MAX_PAGE_SIZE, limitError)
    .default(DEFAULT_PAGE_SIZE)
    .describe('Items per page (1–100)'),
  cursor: z.string().max(500).optional().describe('The `nextCursor` of the previous page'),
};

/** A position in a keyset-ordered list: the sort values of the last row shown. */
export type CursorValues = (string | number | null)[];

export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined, expectedLength: number): CursorValues | undefined {
  if (cursor === undefined) return undefined;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(values) &&
      values.length === expectedLength &&
      values.every((value) => value === null || typeof value === 'string' || typeof value === 'number')
    ) {
      return values as CursorValues;
    }
  } catch {
    // fall through
  }
  throw invalidField('query.cursor', 'invalid_cursor', 'is not a cursor returned by this list');
}

/** The position after which a list ordered by one column (`sortName`, `startDate`, `createdAt` …) and the id goes on; the column's value comes back as text. */
export function decodeSortCursor<Column extends string>(cursor: string | undefined, column: Column): (Record<Column, string> & { id: string }) | undefined {
  const values = decodeCursor(cursor, 2);
  return values ? ({ [column]: String(values[0]), id: String(values[1]) } as Record<Column, string> & { id: string }) : undefined;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Builds a page from `limit + 1` fetched rows: the extra row only tells that more exist. */
export function toPage<Row, Item>(rows: Row[], limit: number, cursorOf: (row: Row) => CursorValues, present: (row: Row) => Item): Page<Item> {
  const hasMore = rows.length > limit;
  const shown = hasMore ? rows.slice(0, limit) : rows;
  const last = shown.at(-1);
  return { items: shown.map(present), nextCursor: hasMore && last ? encodeCursor(cursorOf(last)) : null };
}

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** Every page of a list, one after the other, for exports that should not hold the whole list. */
export async function* everyPage<T>(pageAfter: (cursor: string | undefined) => Promise<Page<T>>): AsyncGenerator<T[]> {
  let cursor: string | undefined;
  do {
    const page = await pageAfter(cursor);
    yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

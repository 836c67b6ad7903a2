import { and, eq, gt, lt, or, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * The rows after a position in the order (sort column, id): the condition of a list's next page.
 * In a list ordered newest (largest) first, the rows after it have smaller values.
 */
export function keysetAfter(sortColumn: AnyPgColumn, idColumn: AnyPgColumn, sortValue: unknown, id: string, descending = false): SQL {
  const beyond = descending ? lt : gt;
  return or(beyond(sortColumn, sortValue), and(eq(sortColumn, sortValue), beyond(idColumn, id)))!;
}

import { and, eq, gt, or, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** The rows after a position in the order (sort column, id): the condition of a list's next page. */
export function keysetAfter(sortColumn: AnyPgColumn, idColumn: AnyPgColumn, sortValue: unknown, id: string): SQL {
  return or(gt(sortColumn, sortValue), and(eq(sortColumn, sortValue), gt(idColumn, id)))!;
}

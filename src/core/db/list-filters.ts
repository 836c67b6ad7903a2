import { eq, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** What a keyset list asks for: how many rows, and the position (sort value and id) after which they start. */
export interface KeysetPage<K extends string> {
  limit: number;
  after?: Record<K, string> & { id: string };
}

/**
 * `column = value` for each field of a list filter that has a value, the columns named per field:
 * `equalFilters(filter, { kind: places.kind, parentId: places.parentId })`.
 */
export function equalFilters<F extends object>(filter: F, columns: { [K in keyof F]?: AnyPgColumn }): SQL[] {
  return (Object.keys(columns) as (keyof F)[]).flatMap((field) => (filter[field] ? [eq(columns[field]!, filter[field])] : []));
}

import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * `column = ANY($1::uuid[])`: the whole list as one parameter, so a lookup of 500 ids is one
 * short statement with one plan instead of 500 parameters (what `inArray` would send).
 */
export function idIn(column: AnyPgColumn | SQL, ids: readonly string[]): SQL {
  return sql`${column} = ANY(${sql.param([...ids])}::uuid[])`;
}

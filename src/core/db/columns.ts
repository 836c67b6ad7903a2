import { getTableName, sql, type SQL } from 'drizzle-orm';
import { check, customType, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** Text in several languages keyed by language tag: `{ de: "Kiew", en: "Kyiv", uk: "Київ" }`. */
export type LocalizedText = Record<string, string>;

/** Binary data (files) kept in PostgreSQL itself. */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export const primaryKey = () => uuid('id').primaryKey().defaultRandom();

export const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** A CHECK constraint keeping a text column to a fixed list of values. */
export function oneOf(name: string, column: AnyPgColumn, values: readonly string[]) {
  const list = sql.join(
    values.map((value) => sql.raw(`'${value.replaceAll("'", "''")}'`)),
    sql`, `,
  );
  return check(name, sql`${column} IN (${list})`);
}

/** A CHECK constraint requiring exactly one of the given columns to be set. */
export function exactlyOne(name: string, ...columns: AnyPgColumn[]) {
  const terms: SQL[] = columns.map((column) => sql`(${column} IS NOT NULL)::int`);
  return check(name, sql`${sql.join(terms, sql` + `)} = 1`);
}

/**
 * `"table"."column"` even where drizzle would write the bare column (a select list), for a
 * correlated subquery that must refer to the outer row.
 */
export function qualifiedColumn(column: AnyPgColumn): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}

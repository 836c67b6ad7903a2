import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { bytea } from '../../core/db/columns.js';

/** The open-data package as last built (one row, `current`): refreshed every night, served as it is. */
export const openDataPackages = pgTable('open_data_packages', {
  name: text('name').primaryKey(),
  builtAt: timestamp('built_at', { withTimezone: true, mode: 'date' }).notNull(),
  archive: bytea('archive').notNull(),
  bytes: integer('bytes').notNull(),
  /** Rows per resource, for the API's description of the package. */
  rowCounts: jsonb('row_counts').$type<Record<string, number>>().notNull(),
});

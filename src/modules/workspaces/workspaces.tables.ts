import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { oneOf, primaryKey, timestamps } from '../../core/db/columns.js';

export const VISIBILITIES = ['public', 'workspace', 'private'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const workspaces = pgTable('workspaces', {
  id: primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  ...timestamps(),
});

/** Every record belongs to a workspace and says who may see it. */
export const scopedRecordColumns = () => ({
  id: primaryKey(),
  workspaceId: uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id),
  visibility: text('visibility', { enum: VISIBILITIES }).notNull().default('workspace'),
  ...timestamps(),
});

export const visibilityCheck = (table: string, column: AnyPgColumn) => oneOf(`${table}_visibility_check`, column, VISIBILITIES);

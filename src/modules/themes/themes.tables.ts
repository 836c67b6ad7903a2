import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../core/db/columns.js';
import { scopedRecordColumns } from '../workspaces/workspaces.tables.js';
import { visibilityCheck } from '../../core/records/visibilities.js';

/** A field of work (housing management, renewable energy …) in a hierarchical taxonomy. */
export const themes = pgTable(
  'themes',
  {
    ...scopedRecordColumns(),
    /** A stable key, unique in its workspace: "housing-management". */
    slug: text('slug').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    parentId: uuid('parent_id').references((): AnyPgColumn => themes.id),
    position: integer('position').notNull().default(0),
    sortName: text('sort_name')
      .notNull()
      .generatedAlwaysAs(sql`lower(public.immutable_unaccent(coalesce(name->>'de', name->>'en', name->>'uk', slug)))`),
  },
  (table) => [
    visibilityCheck('themes', table.visibility),
    uniqueIndex('themes_slug_idx').on(table.workspaceId, table.slug),
    index('themes_parent_idx').on(table.parentId, table.position),
    index('themes_sort_idx').on(table.sortName, table.id),
  ],
);

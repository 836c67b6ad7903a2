import { index, pgTable, primaryKey as pgPrimaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { oneOf, primaryKey, timestamps } from '../../core/db/columns.js';
import { users } from '../accounts/users.tables.js';
import { WORKSPACE_ROLES } from '../../core/auth/viewer.js';

export const VISIBILITIES = ['public', 'workspace', 'private'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const workspaces = pgTable('workspaces', {
  id: primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  ...timestamps(),
});

/** Every record belongs to a workspace, says who may see it, and who created it. */
export const scopedRecordColumns = () => ({
  id: primaryKey(),
  workspaceId: uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id),
  visibility: text('visibility', { enum: VISIBILITIES }).notNull().default('workspace'),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  ...timestamps(),
});

export const visibilityCheck = (table: string, column: AnyPgColumn) => oneOf(`${table}_visibility_check`, column, VISIBILITIES);

export const memberships = pgTable(
  'memberships',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: WORKSPACE_ROLES }).notNull(),
    ...timestamps(),
  },
  (table) => [
    pgPrimaryKey({ columns: [table.workspaceId, table.userId] }),
    index('memberships_user_idx').on(table.userId, table.workspaceId),
    oneOf('memberships_role_check', table.role, WORKSPACE_ROLES),
  ],
);

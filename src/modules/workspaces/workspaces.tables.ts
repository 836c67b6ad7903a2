import { index, pgTable, primaryKey as pgPrimaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { oneOf, primaryKey, timestamps } from '../../core/db/columns.js';
import { users } from '../accounts/users.tables.js';
import { WORKSPACE_ROLES } from '../../core/auth/viewer.js';
import { VISIBILITIES } from '../../core/records/visibilities.js';

export const workspaces = pgTable('workspaces', {
  id: primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
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

/** An invitation into a workspace: bound to an e-mail address (single use) or a shareable link. */
export const invitations = pgTable(
  'invitations',
  {
    id: primaryKey(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    email: text('email'),
    role: text('role', { enum: WORKSPACE_ROLES }).notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true, mode: 'date' }),
    acceptedBy: uuid('accepted_by').references(() => users.id, { onDelete: 'set null' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [
    uniqueIndex('invitations_token_idx').on(table.tokenHash),
    index('invitations_workspace_idx').on(table.workspaceId, table.createdAt),
    oneOf('invitations_role_check', table.role, WORKSPACE_ROLES),
  ],
);

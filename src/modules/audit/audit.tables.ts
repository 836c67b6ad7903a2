import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { oneOf } from '../../core/db/columns.js';
import { users } from '../accounts/users.tables.js';

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'merge', 'restore'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const ACTOR_KINDS = ['user', 'token', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * One row per change to a record, written in the transaction of the change itself.
 * Workspace and entity are plain values, not foreign keys, so the history outlives them.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    workspaceId: uuid('workspace_id'),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    actorKind: text('actor_kind', { enum: ACTOR_KINDS }).notNull(),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    /** A readable name of the record at the time, for lists of changes. */
    label: text('label'),
    before: jsonb('before').$type<Record<string, unknown> | null>(),
    after: jsonb('after').$type<Record<string, unknown> | null>(),
    requestId: text('request_id'),
  },
  (table) => [
    oneOf('audit_events_action_check', table.action, AUDIT_ACTIONS),
    oneOf('audit_events_actor_kind_check', table.actorKind, ACTOR_KINDS),
    index('audit_events_entity_idx').on(table.entityType, table.entityId, table.occurredAt),
    index('audit_events_workspace_idx').on(table.workspaceId, table.occurredAt, table.id),
    index('audit_events_actor_idx').on(table.actorUserId, table.occurredAt),
  ],
);

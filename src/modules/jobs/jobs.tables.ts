import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea, oneOf } from '../../core/db/columns.js';
import { users } from '../accounts/users.tables.js';
import { workspaces } from '../workspaces/workspaces.tables.js';

export const JOB_STATES = ['queued', 'running', 'done', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const JOB_KINDS = ['ingest_upload', 'load_gazetteer'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/**
 * What a person waits for in the background (a batch of uploaded reports, the world gazetteer):
 * its state and progress, shown in the UI while pg-boss works the job.
 */
export const jobProgress = pgTable(
  'job_progress',
  {
    jobId: uuid('job_id').primaryKey(),
    kind: text('kind', { enum: JOB_KINDS }).notNull(),
    /** Null for work on the whole installation (the gazetteer). */
    workspaceId: uuid('workspace_id').references(() => workspaces.id, { onDelete: 'cascade' }),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    state: text('state', { enum: JOB_STATES }).notNull().default('queued'),
    done: integer('done').notNull().default(0),
    total: integer('total'),
    result: jsonb('result').$type<Record<string, unknown>>(),
    errorCode: text('error_code'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().default(sql`now()`),
  },
  (table) => [
    oneOf('job_progress_kind_check', table.kind, JOB_KINDS),
    oneOf('job_progress_state_check', table.state, JOB_STATES),
    index('job_progress_kind_idx').on(table.kind, table.createdAt),
    index('job_progress_workspace_idx').on(table.workspaceId),
  ],
);

/** Files of an uploaded batch, kept until the job has made documents of them. */
export const jobUploads = pgTable(
  'job_uploads',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobProgress.jobId, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    data: bytea('data').notNull(),
  },
  (table) => [index('job_uploads_job_idx').on(table.jobId, table.position)],
);

import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { oneOf, primaryKey } from '../../../core/db/columns.js';
import { users } from '../../accounts/users.tables.js';
import { documents } from '../documents/documents.tables.js';

/**
 * What a proposal is about. `exchange` gathers kind, title, dates, venue and the head count of
 * the event the report describes; the others stand for one record each.
 */
export const PROPOSAL_FIELDS = ['exchange', 'municipality', 'organization', 'theme', 'funding_programme', 'partnership'] as const;
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];

export const PROPOSAL_STATES = ['pending', 'accepted', 'rejected'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

/** Where a proposal was found: offsets into the document's text (UTF-16, end exclusive) and of its sentence. */
export interface ProposalEvidence {
  field: string;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
}

/**
 * A proposal extracted from a document, awaiting review, and what the reviewer decided: the
 * values accepted (as edited) and the record created or linked.
 */
export const documentProposals = pgTable(
  'document_proposals',
  {
    id: primaryKey(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    field: text('field', { enum: PROPOSAL_FIELDS }).notNull(),
    position: integer('position').notNull(),
    proposal: jsonb('proposal').$type<Record<string, unknown>>().notNull(),
    evidence: jsonb('evidence').$type<ProposalEvidence[]>().notNull().default([]),
    state: text('state', { enum: PROPOSAL_STATES }).notNull().default('pending'),
    decision: jsonb('decision').$type<Record<string, unknown>>(),
    recordType: text('record_type'),
    recordId: uuid('record_id'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [
    oneOf('document_proposals_field_check', table.field, PROPOSAL_FIELDS),
    oneOf('document_proposals_state_check', table.state, PROPOSAL_STATES),
    index('document_proposals_document_idx').on(table.documentId, table.position),
    index('document_proposals_pending_idx').on(table.documentId).where(sql`${table.state} = 'pending'`),
  ],
);

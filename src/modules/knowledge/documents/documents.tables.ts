import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea, exactlyOne, oneOf, primaryKey } from '../../../core/db/columns.js';
import { users } from '../../accounts/users.tables.js';
import { organizations } from '../../actors/organizations.tables.js';
import { people } from '../../actors/people.tables.js';
import { exchanges } from '../../exchanges/exchanges.tables.js';
import { fundingProgrammes } from '../../funding/funding.tables.js';
import { networks } from '../../networks/networks.tables.js';
import { partnerships } from '../../partnerships/partnerships.tables.js';
import { places } from '../../places/places.tables.js';
import { actionPlans } from '../../plans/plans.tables.js';
import { projects } from '../../projects/projects.tables.js';
import { themes } from '../../themes/themes.tables.js';
import { scopedRecordColumns } from '../../workspaces/workspaces.tables.js';
import { visibilityCheck } from '../../../core/records/visibilities.js';

export const DOCUMENT_KINDS = ['news', 'report', 'minutes', 'presentation', 'concept', 'good_practice'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_LANGUAGES = ['de', 'en', 'uk'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

/** How the language was decided: detected from the text, or given by whoever wrote it down. */
export const LANGUAGE_SOURCES = ['detected', 'given'] as const;

/** How the document came in: typed or pasted in the form, a file uploaded, or the ingest command. */
export const DOCUMENT_ORIGINS = ['form', 'paste', 'upload', 'ingest', 'demo'] as const;
export type DocumentOrigin = (typeof DOCUMENT_ORIGINS)[number];

/** The four criteria of the URBACT good practice label. */
/** Proposals for review are extracted in the background: waiting, being worked on, written, or given up after retries. */
export const EXTRACTION_STATES = ['none', 'queued', 'running', 'done', 'failed'] as const;
export type ExtractionState = (typeof EXTRACTION_STATES)[number];

export const GOOD_PRACTICE_CRITERIA = ['relevance', 'participation', 'impact', 'transferability'] as const;
export type GoodPracticeCriterion = (typeof GOOD_PRACTICE_CRITERIA)[number];

/** A short assessment and a rating from 1 (weak) to 5 (strong), or no rating yet. */
export interface CriterionAssessment {
  assessment: string;
  rating: number | null;
}
export type GoodPracticeAssessment = Record<GoodPracticeCriterion, CriterionAssessment>;


/**
 * A text of the knowledge base: news, report, minutes, presentation, concept or good practice, in
 * one language, with where it came from and when it was published. Files, links to records,
 * comments and extraction proposals hang off it.
 */
export const documents = pgTable(
  'documents',
  {
    ...scopedRecordColumns(),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    language: text('language', { enum: DOCUMENT_LANGUAGES }).notNull(),
    languageSource: text('language_source', { enum: LANGUAGE_SOURCES }).notNull().default('detected'),
    title: text('title').notNull(),
    text: text('text').notNull().default(''),
    sourceUrl: text('source_url'),
    publishedOn: date('published_on', { mode: 'string' }),
    /** The publication date, or the day the document was added: what lists are ordered by. */
    sortDate: date('sort_date', { mode: 'string' }).notNull(),
    origin: text('origin', { enum: DOCUMENT_ORIGINS }).notNull().default('form'),
    /** SHA-256 of the text with its white space normalised; the same report is not added twice to a workspace. */
    contentHash: text('content_hash'),
    /** For good practices: the four URBACT criteria, each assessed. */
    goodPractice: jsonb('good_practice').$type<GoodPracticeAssessment>(),
    /** When proposals were last extracted, and from which text (its content hash). */
    extractedAt: timestamp('extracted_at', { withTimezone: true, mode: 'date' }),
    extractedFrom: text('extracted_from'),
    extractionState: text('extraction_state', { enum: EXTRACTION_STATES }).notNull().default('none'),
    /** The job that is to write the proposals; a later request supersedes an earlier one. */
    extractionJobId: uuid('extraction_job_id'),
  },
  (table) => [
    visibilityCheck('documents', table.visibility),
    oneOf('documents_kind_check', table.kind, DOCUMENT_KINDS),
    oneOf('documents_language_check', table.language, DOCUMENT_LANGUAGES),
    oneOf('documents_language_source_check', table.languageSource, LANGUAGE_SOURCES),
    oneOf('documents_origin_check', table.origin, DOCUMENT_ORIGINS),
    oneOf('documents_extraction_state_check', table.extractionState, EXTRACTION_STATES),
    check('documents_good_practice_check', sql`${table.goodPractice} IS NULL OR ${table.kind} = 'good_practice'`),
    check('documents_title_check', sql`length(${table.title}) BETWEEN 1 AND 500`),
    uniqueIndex('documents_content_idx').on(table.workspaceId, table.contentHash).where(sql`${table.contentHash} IS NOT NULL`),
    index('documents_sort_idx').on(table.sortDate, table.id),
    index('documents_kind_sort_idx').on(table.kind, table.sortDate, table.id),
    index('documents_workspace_idx').on(table.workspaceId),
  ],
);

export const FILE_TEXT_STATES = ['none', 'extracted', 'failed'] as const;

/** A file attached to a document, kept in PostgreSQL itself; the text of PDFs and text files is extracted. */
export const documentFiles = pgTable(
  'document_files',
  {
    id: primaryKey(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    textState: text('text_state', { enum: FILE_TEXT_STATES }).notNull().default('none'),
    extractedText: text('extracted_text'),
    pageCount: integer('page_count'),
    textError: text('text_error'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [
    oneOf('document_files_text_state_check', table.textState, FILE_TEXT_STATES),
    check('document_files_size_check', sql`${table.byteSize} >= 0 AND ${table.byteSize} = octet_length(${table.data})`),
    index('document_files_document_idx').on(table.documentId, table.createdAt),
  ],
);

/** The kinds of record a document links to, each with its own column (and foreign key). */
export const LINK_TYPES = [
  'partnership',
  'exchange',
  'network',
  'place',
  'organization',
  'person',
  'project',
  'action_plan',
  'funding_programme',
  'theme',
] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export const LINK_ORIGINS = ['manual', 'review'] as const;

/**
 * A link from a document to a record. One column per kind of record, so every link has a real
 * foreign key: deleting the record removes the link, merging two records moves it.
 */
export const documentLinks = pgTable(
  'document_links',
  {
    id: primaryKey(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    partnershipId: uuid('partnership_id').references(() => partnerships.id, { onDelete: 'cascade' }),
    exchangeId: uuid('exchange_id').references(() => exchanges.id, { onDelete: 'cascade' }),
    networkId: uuid('network_id').references(() => networks.id, { onDelete: 'cascade' }),
    placeId: uuid('place_id').references(() => places.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'cascade' }),
    actionPlanId: uuid('action_plan_id').references(() => actionPlans.id, { onDelete: 'cascade' }),
    fundingProgrammeId: uuid('funding_programme_id').references(() => fundingProgrammes.id, { onDelete: 'cascade' }),
    themeId: uuid('theme_id').references(() => themes.id, { onDelete: 'cascade' }),
    origin: text('origin', { enum: LINK_ORIGINS }).notNull().default('manual'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [
    exactlyOne(
      'document_links_one_record_check',
      table.partnershipId,
      table.exchangeId,
      table.networkId,
      table.placeId,
      table.organizationId,
      table.personId,
      table.projectId,
      table.actionPlanId,
      table.fundingProgrammeId,
      table.themeId,
    ),
    oneOf('document_links_origin_check', table.origin, LINK_ORIGINS),
    index('document_links_document_idx').on(table.documentId, table.createdAt),
    // Each serves both: no record linked twice to a document, and the documents of a record.
    uniqueIndex('document_links_partnership_idx').on(table.partnershipId, table.documentId),
    uniqueIndex('document_links_exchange_idx').on(table.exchangeId, table.documentId),
    uniqueIndex('document_links_network_idx').on(table.networkId, table.documentId),
    uniqueIndex('document_links_place_idx').on(table.placeId, table.documentId),
    uniqueIndex('document_links_organization_idx').on(table.organizationId, table.documentId),
    uniqueIndex('document_links_person_idx').on(table.personId, table.documentId),
    uniqueIndex('document_links_project_idx').on(table.projectId, table.documentId),
    uniqueIndex('document_links_action_plan_idx').on(table.actionPlanId, table.documentId),
    uniqueIndex('document_links_funding_programme_idx').on(table.fundingProgrammeId, table.documentId),
    uniqueIndex('document_links_theme_idx').on(table.themeId, table.documentId),
  ],
);

/** New comments show at once; coordinators approve them or hide them (a hidden comment shows as hidden). */
export const COMMENT_STATES = ['new', 'approved', 'hidden'] as const;
export type CommentState = (typeof COMMENT_STATES)[number];

export const documentComments = pgTable(
  'document_comments',
  {
    id: primaryKey(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    state: text('state', { enum: COMMENT_STATES }).notNull().default('new'),
    moderatedBy: uuid('moderated_by').references(() => users.id, { onDelete: 'set null' }),
    moderatedAt: timestamp('moderated_at', { withTimezone: true, mode: 'date' }),
    moderationNote: text('moderation_note'),
    editedAt: timestamp('edited_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [
    oneOf('document_comments_state_check', table.state, COMMENT_STATES),
    check('document_comments_body_check', sql`length(${table.body}) BETWEEN 1 AND 5000`),
    index('document_comments_document_idx').on(table.documentId, table.createdAt, table.id),
  ],
);

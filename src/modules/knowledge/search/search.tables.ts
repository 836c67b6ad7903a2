import { sql } from 'drizzle-orm';
import { customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../../core/db/columns.js';
import { scopedRecordColumns, workspaces } from '../../workspaces/workspaces.tables.js';
import { visibilityCheck, VISIBILITIES } from '../../../core/records/visibilities.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The kinds of record the search finds. */
export const SEARCH_TYPES = [
  'document',
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
  'matching_profile',
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/**
 * One row per record and document that the search finds, written by database triggers in the
 * same transaction as every change of the record (migration 0010), so seeds, imports and merges
 * are covered too. The record's workspace, visibility and creator are copied, so access is
 * decided here without a join. `tsv` holds the words in German, English and simple (Ukrainian)
 * form, unaccented, with the names of linked places in all their spellings, and the year,
 * countries, themes and language as words of their own for the filters. Migration 0010 adds
 * `head`, the title and name words of `tsv` (weights A and B), generated and indexed; only the
 * SQL functions of the search read it.
 */
export const searchEntries = pgTable(
  'search_entries',
  {
    recordType: text('record_type', { enum: SEARCH_TYPES }).notNull(),
    recordId: uuid('record_id').notNull(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    visibility: text('visibility', { enum: VISIBILITIES }).notNull(),
    createdBy: uuid('created_by'),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    /** The kind within the type: an exchange's kind, a document's kind, a place's kind … */
    kind: text('kind'),
    /** For documents: the language of the text. */
    language: text('language'),
    /** The year the record is of: a document's publication, an exchange's start, a partnership's beginning. */
    year: integer('year'),
    /** ISO 3166-1 alpha-2 codes of the countries the record is about. */
    countries: text('countries').array().notNull().default(sql`'{}'::text[]`),
    themeIds: uuid('theme_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** A short text shown under the title when no passage of the document matched. */
    summary: text('summary').notNull().default(''),
    tsv: tsvector('tsv').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.recordType, table.recordId] }),
    index('search_entries_tsv_idx').using('gin', table.tsv).with({ fastupdate: 'off' }),
    index('search_entries_workspace_idx').on(table.workspaceId),
  ],
);

/**
 * The words of the index, for typo tolerance: a misspelt word of a query is replaced by the
 * closest words found here (trigram similarity). `scope` is `public`, or the workspace whose
 * records (visible to its members) the word came from; private records add no words.
 */
export const searchTerms = pgTable(
  'search_terms',
  {
    term: text('term').notNull(),
    scope: text('scope').notNull(),
  },
  (table) => [primaryKey({ columns: [table.term, table.scope] }), index('search_terms_trgm_idx').using('gin', table.term.op('gin_trgm_ops')).with({ fastupdate: 'off' })],
);

/** The terms of one idea in German, English and Ukrainian: {"de": ["Fernwärme"], "en": ["district heating"], "uk": ["теплопостачання"]}. */
export type ThesaurusTerms = Partial<Record<'de' | 'en' | 'uk', string[]>>;

/**
 * A small thesaurus of the field's terms across the three languages: a query that names one of
 * the terms is also searched for the others (ranked below the words themselves). The shipped
 * entries belong to the reference workspace; a workspace may add its own.
 */
export const searchThesaurus = pgTable(
  'search_thesaurus',
  {
    ...scopedRecordColumns(),
    terms: jsonb('terms').$type<ThesaurusTerms>().notNull(),
  },
  (table) => [visibilityCheck('search_thesaurus', table.visibility), index('search_thesaurus_workspace_idx').on(table.workspaceId)],
);

import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { oneOf } from '../../core/db/columns.js';
import { users } from '../accounts/users.tables.js';
import { themes } from '../themes/themes.tables.js';
import { scopedRecordColumns } from '../workspaces/workspaces.tables.js';
import { visibilityCheck } from '../../core/records/visibilities.js';
import { organizations } from './organizations.tables.js';

/** The lawful bases of the GDPR (Art. 6) under which a person's data is held. */
export const CONSENT_BASES = ['consent', 'contract', 'legitimate_interest', 'public_task'] as const;
export type ConsentBasis = (typeof CONSENT_BASES)[number];

export const people = pgTable(
  'people',
  {
    ...scopedRecordColumns(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    /** Dr., Prof. … */
    honorific: text('honorific'),
    email: text('email'),
    phone: text('phone'),
    /** ISO 639-1 codes of the languages the person works in. */
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    /** The user account of this person, when they entered themselves. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    consentBasis: text('consent_basis', { enum: CONSENT_BASES }),
    consentObtainedOn: date('consent_obtained_on', { mode: 'string' }),
    consentNote: text('consent_note'),
    consentRecordedBy: uuid('consent_recorded_by').references(() => users.id, { onDelete: 'set null' }),
    consentRecordedAt: timestamp('consent_recorded_at', { withTimezone: true, mode: 'date' }),
    /** When the person's data was erased; the record stays as an anonymous placeholder. */
    erasedAt: timestamp('erased_at', { withTimezone: true, mode: 'date' }),
    sortName: text('sort_name')
      .notNull()
      .generatedAlwaysAs(sql`lower(public.immutable_unaccent(family_name || ' ' || given_name))`),
  },
  (table) => [
    visibilityCheck('people', table.visibility),
    oneOf('people_consent_basis_check', table.consentBasis, CONSENT_BASES),
    check(
      'people_consent_complete_check',
      sql`(${table.consentBasis} IS NULL) = (${table.consentRecordedAt} IS NULL)`,
    ),
    index('people_sort_idx').on(table.sortName, table.id),
    index('people_workspace_idx').on(table.workspaceId),
    index('people_user_idx').on(table.userId),
    index('people_search_idx').using('gin', table.sortName.op('gin_trgm_ops')).with({ fastupdate: 'off' }),
  ],
);

/** A person's role in an organization over a period: "head of the urban renewal office, 2016–2020". */
export const affiliations = pgTable(
  'affiliations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    role: text('role'),
    fromDate: date('from_date', { mode: 'string' }),
    toDate: date('to_date', { mode: 'string' }),
  },
  (table) => [
    check('affiliations_period_check', sql`${table.toDate} IS NULL OR ${table.fromDate} IS NULL OR ${table.toDate} >= ${table.fromDate}`),
    index('affiliations_person_idx').on(table.personId),
    index('affiliations_organization_idx').on(table.organizationId),
  ],
);

/** The fields a person is an expert in. */
export const personThemes = pgTable(
  'person_themes',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    themeId: uuid('theme_id')
      .notNull()
      .references(() => themes.id),
  },
  (table) => [primaryKey({ columns: [table.personId, table.themeId] }), index('person_themes_theme_idx').on(table.themeId)],
);

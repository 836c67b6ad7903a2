import { sql } from 'drizzle-orm';
import { check, customType, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { exactlyOne, oneOf, type LocalizedText } from '../../core/db/columns.js';
import { organizations } from '../actors/organizations.tables.js';
import { people } from '../actors/people.tables.js';
import { places } from '../places/places.tables.js';
import { themes } from '../themes/themes.tables.js';
import { scopedRecordColumns } from '../workspaces/workspaces.tables.js';
import { visibilityCheck } from '../../core/records/visibilities.js';

/** The partnership kinds the partnership database knows, plus the solidarity partnerships since 2022. */
export const SOUGHT_PARTNERSHIP_TYPES = ['partnership', 'friendship', 'contact', 'project_partnership', 'solidarity_partnership'] as const;
export type SoughtPartnershipType = (typeof SOUGHT_PARTNERSHIP_TYPES)[number];

/** What a need asks for or an offer gives. */
export const MATCHING_ITEM_KINDS = ['know_how', 'equipment', 'staff_exchange', 'funding_partner', 'reconstruction', 'twinning'] as const;
export type MatchingItemKind = (typeof MATCHING_ITEM_KINDS)[number];

export const MATCHING_DIRECTIONS = ['need', 'offer'] as const;
export type MatchingDirection = (typeof MATCHING_DIRECTIONS)[number];

export const URGENCIES = ['low', 'medium', 'high'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Who a profile describes: a municipality (place), an organisation, or an expert (person). */
export const PROFILE_SUBJECTS = ['municipality', 'organization', 'expert'] as const;
export type ProfileSubject = (typeof PROFILE_SUBJECTS)[number];

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * A municipality's, organisation's or expert's wish to be found as a partner. Creating one is the
 * opt-in; its visibility says who may find it (public: everyone, also in the directory).
 */
export const matchingProfiles = pgTable(
  'matching_profiles',
  {
    ...scopedRecordColumns(),
    placeId: uuid('place_id').references(() => places.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    personId: uuid('person_id').references(() => people.id),
    /** Inhabitants when the gazetteer's figure is missing or outdated; null: the place's population. */
    population: integer('population'),
    /** Languages the administration (or the expert) works in: ISO 639-1 codes. */
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    partnershipTypes: text('partnership_types', { enum: SOUGHT_PARTNERSHIP_TYPES }).array().notNull().default(sql`'{}'::text[]`),
    summary: jsonb('summary').$type<LocalizedText>().notNull().default({}),
    contactPersonId: uuid('contact_person_id').references(() => people.id, { onDelete: 'set null' }),
    /** For experts: when they can help ("from March 2027, two weeks a year"). */
    availability: text('availability'),
  },
  (table) => [
    visibilityCheck('matching_profiles', table.visibility),
    exactlyOne('matching_profiles_one_subject_check', table.placeId, table.organizationId, table.personId),
    check('matching_profiles_population_check', sql`${table.population} IS NULL OR ${table.population} >= 0`),
    check(
      'matching_profiles_partnership_types_check',
      sql`${table.partnershipTypes} <@ ARRAY[${sql.raw(SOUGHT_PARTNERSHIP_TYPES.map((value) => `'${value}'`).join(', '))}]::text[]`,
    ),
    index('matching_profiles_place_idx').on(table.placeId),
    index('matching_profiles_organization_idx').on(table.organizationId),
    index('matching_profiles_person_idx').on(table.personId),
    index('matching_profiles_workspace_idx').on(table.workspaceId),
  ],
);

/** Sectors and themes a profile works on (for experts: their expertise). */
export const matchingProfileThemes = pgTable(
  'matching_profile_themes',
  {
    profileId: uuid('profile_id')
      .notNull()
      .references(() => matchingProfiles.id, { onDelete: 'cascade' }),
    themeId: uuid('theme_id')
      .notNull()
      .references(() => themes.id),
  },
  (table) => [primaryKey({ columns: [table.profileId, table.themeId] }), index('matching_profile_themes_theme_idx').on(table.themeId)],
);

/** A need or an offer of a profile; seen by whoever may see the profile. */
export const matchingItems = pgTable(
  'matching_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => matchingProfiles.id, { onDelete: 'cascade' }),
    direction: text('direction', { enum: MATCHING_DIRECTIONS }).notNull(),
    themeId: uuid('theme_id')
      .notNull()
      .references(() => themes.id),
    kind: text('kind', { enum: MATCHING_ITEM_KINDS }).notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull(),
    urgency: text('urgency', { enum: URGENCIES }).notNull().default('medium'),
    until: date('until', { mode: 'string' }),
    /** The description in every language, for trigram similarity. */
    plainText: text('plain_text')
      .notNull()
      .generatedAlwaysAs(
        sql`lower(public.immutable_unaccent(coalesce(description->>'de', '') || ' ' || coalesce(description->>'en', '') || ' ' || coalesce(description->>'uk', '')))`,
      ),
    /** German and English stemmed, Ukrainian as written. */
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        sql`to_tsvector('german'::regconfig, coalesce(description->>'de', '')) || to_tsvector('english'::regconfig, coalesce(description->>'en', '')) || to_tsvector('simple'::regconfig, coalesce(description->>'uk', ''))`,
      ),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [
    oneOf('matching_items_direction_check', table.direction, MATCHING_DIRECTIONS),
    oneOf('matching_items_kind_check', table.kind, MATCHING_ITEM_KINDS),
    oneOf('matching_items_urgency_check', table.urgency, URGENCIES),
    index('matching_items_profile_idx').on(table.profileId, table.direction),
    index('matching_items_theme_idx').on(table.themeId, table.direction),
    index('matching_items_search_idx').using('gin', table.searchVector).with({ fastupdate: 'off' }),
    index('matching_items_trigram_idx').using('gin', table.plainText.op('gin_trgm_ops')).with({ fastupdate: 'off' }),
  ],
);

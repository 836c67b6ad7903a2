import { sql } from 'drizzle-orm';
import { char, doublePrecision, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { oneOf, type LocalizedText } from '../../core/db/columns.js';
import { users } from '../accounts/users.tables.js';
import { scopedRecordColumns, workspaces } from '../workspaces/workspaces.tables.js';
import { visibilityCheck, VISIBILITIES } from '../../core/records/visibilities.js';

export const PLACE_KINDS = ['country', 'state', 'municipality', 'district', 'quarter', 'area'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Kinds users create below a municipality; countries and municipalities come from the gazetteer. */
export const CHILD_PLACE_KINDS = ['district', 'quarter', 'area'] as const;

export const places = pgTable(
  'places',
  {
    ...scopedRecordColumns(),
    kind: text('kind', { enum: PLACE_KINDS }).notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => places.id),
    /** The name as used locally (Leipzig, Київ, Prishtinë). */
    name: text('name').notNull(),
    names: jsonb('names').$type<LocalizedText>().notNull().default({}),
    /** Exonyms, transliterations and former names: Kiew, Kiev, Kyjiw. */
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    /** ISO 3166-1 alpha-2 of the country the place lies in (XK for Kosovo). */
    countryCode: char('country_code', { length: 2 }),
    /** ISO 3166-2 subdivision code, for states. */
    isoCode: text('iso_code'),
    /** GeoNames first-level administrative code (state, oblast), to tell same-name towns apart. */
    adminCode: text('admin_code'),
    /** German Amtlicher Gemeindeschlüssel. */
    ags: text('ags'),
    /** Ukrainian КАТОТТГ code. */
    katottg: text('katottg'),
    geonamesId: integer('geonames_id'),
    population: integer('population'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** An optional GeoJSON geometry of the boundary. */
    boundary: jsonb('boundary'),
    /** The local name without accents and case, for ordering lists. */
    sortName: text('sort_name')
      .notNull()
      .generatedAlwaysAs(sql`lower(public.immutable_unaccent(name))`),
  },
  (table) => [
    visibilityCheck('places', table.visibility),
    oneOf('places_kind_check', table.kind, PLACE_KINDS),
    index('places_parent_idx').on(table.parentId),
    index('places_country_idx').on(table.countryCode),
    uniqueIndex('places_geonames_idx').on(table.geonamesId),
    index('places_workspace_idx').on(table.workspaceId),
    index('places_sort_idx').on(table.sortName, table.id),
    index('places_country_sort_idx').on(table.countryCode, table.sortName, table.id),
  ],
);

export const PLACE_NAME_KINDS = ['local', 'name', 'alias'] as const;
export type PlaceNameKind = (typeof PLACE_NAME_KINDS)[number];

/**
 * Every name a place is known by, with its normalised search keys: what autocomplete searches
 * in one indexed query. Derived from `places` (name, names, aliases) and rewritten with it; the
 * place's visibility, country and population are copied so ranking and access need no join.
 */
export const placeNames = pgTable(
  'place_names',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    placeId: uuid('place_id')
      .notNull()
      .references(() => places.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** Language tag of a name in `names`; null for the local name and aliases. */
    language: text('language'),
    kind: text('kind', { enum: PLACE_NAME_KINDS }).notNull(),
    /** Lower case, no accents, no punctuation: "novovolynsk". */
    plainKey: text('plain_key').notNull(),
    /** Transliteration-folded key shared by spelling variants: Winnyzja, Vinnytsia, Вінниця → "vinisia". */
    searchKey: text('search_key').notNull(),
    /** The search key backwards, so names ending alike are an index range too (misspelt beginnings). */
    reversedKey: text('reversed_key')
      .notNull()
      .generatedAlwaysAs(sql`reverse(search_key)`),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    visibility: text('visibility', { enum: VISIBILITIES }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    countryCode: char('country_code', { length: 2 }),
    population: integer('population'),
  },
  (table) => [
    oneOf('place_names_kind_check', table.kind, PLACE_NAME_KINDS),
    visibilityCheck('place_names', table.visibility),
    index('place_names_place_idx').on(table.placeId),
    index('place_names_search_prefix_idx').on(table.searchKey.op('text_pattern_ops')),
    index('place_names_reversed_idx').on(table.reversedKey.op('text_pattern_ops')),
    index('place_names_plain_idx').on(table.plainKey.op('text_pattern_ops')),
  ],
);

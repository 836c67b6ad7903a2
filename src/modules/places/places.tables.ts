import { sql } from 'drizzle-orm';
import { char, doublePrecision, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { oneOf, type LocalizedText } from '../../core/db/columns.js';
import { scopedRecordColumns, visibilityCheck } from '../workspaces/workspaces.tables.js';

export const PLACE_KINDS = ['country', 'state', 'municipality', 'district', 'quarter', 'area'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

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
  },
  (table) => [
    visibilityCheck('places', table.visibility),
    oneOf('places_kind_check', table.kind, PLACE_KINDS),
    index('places_parent_idx').on(table.parentId),
    index('places_country_idx').on(table.countryCode),
    uniqueIndex('places_geonames_idx').on(table.geonamesId),
    index('places_workspace_idx').on(table.workspaceId),
  ],
);

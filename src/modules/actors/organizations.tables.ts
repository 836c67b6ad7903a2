import { sql } from 'drizzle-orm';
import { char, check, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { oneOf, type LocalizedText } from '../../core/db/columns.js';
import { places } from '../places/places.tables.js';
import { themes } from '../themes/themes.tables.js';
import { scopedRecordColumns } from '../workspaces/workspaces.tables.js';
import { visibilityCheck } from '../../core/records/visibilities.js';

export const ORGANIZATION_KINDS = [
  'municipal_office',
  'municipal_enterprise',
  'utility',
  'ministry',
  'parliament',
  'development_agency',
  'network',
  'consultancy',
  'ngo',
  'housing_cooperative',
  'community_centre',
  'neighbourhood_management',
  'university',
  'company',
  'federal_agency',
  'state_agency',
  'research_institute',
  'foundation',
  'chamber',
  'municipal_association',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const organizations = pgTable(
  'organizations',
  {
    ...scopedRecordColumns(),
    kind: text('kind', { enum: ORGANIZATION_KINDS }).notNull(),
    name: text('name').notNull(),
    names: jsonb('names').$type<LocalizedText>().notNull().default({}),
    shortName: text('short_name'),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    seatPlaceId: uuid('seat_place_id').references(() => places.id),
    /** ISO 3166-1 alpha-2: the seat's country, or given for an organization without a seat. */
    countryCode: char('country_code', { length: 2 }),
    /** The organization this one belongs to, e.g. a city office inside the city administration. */
    parentId: uuid('parent_id').references((): AnyPgColumn => organizations.id),
    website: text('website'),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    /** The organisation identifier of the IATI standard (prefix of the register + number): "DE-PR-12345". */
    iatiIdentifier: text('iati_identifier'),
    sortName: text('sort_name')
      .notNull()
      .generatedAlwaysAs(sql`lower(public.immutable_unaccent(name))`),
    /** Name, short name and translations without accents, for search. */
    searchText: text('search_text')
      .notNull()
      .generatedAlwaysAs(
        sql`lower(public.immutable_unaccent(name || ' ' || coalesce(short_name, '') || ' ' || coalesce(names->>'de', '') || ' ' || coalesce(names->>'en', '') || ' ' || coalesce(names->>'uk', '')))`,
      ),
  },
  (table) => [
    visibilityCheck('organizations', table.visibility),
    oneOf('organizations_kind_check', table.kind, ORGANIZATION_KINDS),
    index('organizations_seat_idx').on(table.seatPlaceId),
    index('organizations_parent_idx').on(table.parentId),
    index('organizations_workspace_idx').on(table.workspaceId),
    index('organizations_sort_idx').on(table.sortName, table.id),
    index('organizations_kind_sort_idx').on(table.kind, table.sortName, table.id),
    index('organizations_country_sort_idx').on(table.countryCode, table.sortName, table.id),
    check('organizations_iati_identifier_check', sql`${table.iatiIdentifier} IS NULL OR ${table.iatiIdentifier} ~ '^[A-Z]{2}-[A-Za-z0-9][A-Za-z0-9_.-]*$'`),
    index('organizations_search_idx').using('gin', table.searchText.op('gin_trgm_ops')).with({ fastupdate: 'off' }),
  ],
);

/** The fields an organization works in. */
export const organizationThemes = pgTable(
  'organization_themes',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    themeId: uuid('theme_id')
      .notNull()
      .references(() => themes.id),
  },
  (table) => [primaryKey({ columns: [table.organizationId, table.themeId] }), index('organization_themes_theme_idx').on(table.themeId)],
);

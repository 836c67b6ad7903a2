import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { exactlyOne, oneOf, type LocalizedText } from '../../core/db/columns.js';
import { organizations } from '../actors/organizations.tables.js';
import { places } from '../places/places.tables.js';
import { scopedRecordColumns, visibilityCheck } from '../workspaces/workspaces.tables.js';

export const PARTNERSHIP_KINDS = [
  'city_twinning',
  'district_partnership',
  'project_partnership',
  'friendship',
  'contact',
  'network_membership',
] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];

export const PARTNERSHIP_STATUSES = ['planned', 'active', 'dormant', 'ended'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

/** How much of `since` is known: a twinning "since 1961" has year precision. */
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const partnerships = pgTable(
  'partnerships',
  {
    ...scopedRecordColumns(),
    kind: text('kind', { enum: PARTNERSHIP_KINDS }).notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    since: date('since', { mode: 'string' }),
    sincePrecision: text('since_precision', { enum: DATE_PRECISIONS }).notNull().default('day'),
    status: text('status', { enum: PARTNERSHIP_STATUSES }).notNull().default('active'),
    endedOn: date('ended_on', { mode: 'string' }),
    /** A district partnership inside a city twinning. */
    parentId: uuid('parent_id').references((): AnyPgColumn => partnerships.id),
    /** Lower-cased title in the first available language, for ordering lists. */
    sortTitle: text('sort_title')
      .notNull()
      .generatedAlwaysAs(sql`lower(coalesce(title->>'de', title->>'en', title->>'uk', ''))`),
  },
  (table) => [
    visibilityCheck('partnerships', table.visibility),
    oneOf('partnerships_kind_check', table.kind, PARTNERSHIP_KINDS),
    oneOf('partnerships_status_check', table.status, PARTNERSHIP_STATUSES),
    oneOf('partnerships_since_precision_check', table.sincePrecision, DATE_PRECISIONS),
    check('partnerships_ended_after_since_check', sql`${table.endedOn} IS NULL OR ${table.since} IS NULL OR ${table.endedOn} >= ${table.since}`),
    index('partnerships_sort_idx').on(table.sortTitle, table.id),
    index('partnerships_since_idx').on(table.since, table.id),
    index('partnerships_parent_idx').on(table.parentId),
    index('partnerships_workspace_idx').on(table.workspaceId),
  ],
);

/** A side of a partnership: a place (Leipzig) or an organization (a housing cooperative). */
export const partnershipParties = pgTable(
  'partnership_parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    placeId: uuid('place_id').references(() => places.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    position: integer('position').notNull().default(0),
  },
  (table) => [
    exactlyOne('partnership_parties_one_party_check', table.placeId, table.organizationId),
    uniqueIndex('partnership_parties_place_idx').on(table.partnershipId, table.placeId),
    uniqueIndex('partnership_parties_organization_idx').on(table.partnershipId, table.organizationId),
    index('partnership_parties_place_lookup_idx').on(table.placeId),
    index('partnership_parties_organization_lookup_idx').on(table.organizationId),
  ],
);

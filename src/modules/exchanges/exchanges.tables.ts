import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { exactlyOne, oneOf, type LocalizedText } from '../../core/db/columns.js';
import { organizations } from '../actors/organizations.tables.js';
import { networkMembers, networks } from '../networks/networks.tables.js';
import { partnerships } from '../partnerships/partnerships.tables.js';
import { places } from '../places/places.tables.js';
import { scopedRecordColumns } from '../workspaces/workspaces.tables.js';
import { visibilityCheck } from '../../core/records/visibilities.js';

export const EXCHANGE_KINDS = [
  'delegation_visit',
  'return_visit',
  'workshop',
  'conference',
  'peer_learning_trip',
  'network_meeting',
  'site_visit',
  'online_session',
] as const;
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];

/** How long an exchange may last: a trip or visit, not a programme (that is a series). */
export const MAX_EXCHANGE_DAYS = 366;

export const EXCHANGE_STATUSES = ['planned', 'confirmed', 'completed', 'cancelled'] as const;
export type ExchangeStatus = (typeof EXCHANGE_STATUSES)[number];

export const ORGANIZATION_ROLES = ['host', 'co_host', 'organizer', 'implementer', 'funder', 'client', 'support', 'process_support', 'preparation', 'execution', 'follow_up', 'sponsor'] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

/** What a delegation is made of: "members of parliament, district administration, municipal enterprises". */
export const DELEGATION_SECTORS = [
  'parliament',
  'administration',
  'municipal_enterprise',
  'utility',
  'social_institution',
  'civil_society',
  'private_sector',
  'academia',
  'ministry',
] as const;
export type DelegationSector = (typeof DELEGATION_SECTORS)[number];

/** A programme of related exchanges: "part 2 of 3". */
export const exchangeSeries = pgTable(
  'exchange_series',
  {
    ...scopedRecordColumns(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    plannedParts: integer('planned_parts'),
    /** The partnership whose visits the programme gathers, if any. */
    partnershipId: uuid('partnership_id').references(() => partnerships.id),
  },
  (table) => [
    visibilityCheck('exchange_series', table.visibility),
    index('exchange_series_partnership_idx').on(table.partnershipId),
    check('exchange_series_planned_parts_check', sql`${table.plannedParts} IS NULL OR ${table.plannedParts} > 0`),
  ],
);

export const exchanges = pgTable(
  'exchanges',
  {
    ...scopedRecordColumns(),
    kind: text('kind', { enum: EXCHANGE_KINDS }).notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    /** IANA time zone the dates and agenda times are meant in, e.g. Europe/Kyiv. */
    timeZone: text('time_zone').notNull().default('Europe/Berlin'),
    status: text('status', { enum: EXCHANGE_STATUSES }).notNull().default('planned'),
    venuePlaceId: uuid('venue_place_id').references(() => places.id),
    venueName: text('venue_name'),
    partnershipId: uuid('partnership_id').references(() => partnerships.id),
    networkId: uuid('network_id').references(() => networks.id),
    seriesId: uuid('series_id').references(() => exchangeSeries.id),
    seriesPart: integer('series_part'),
    capacity: integer('capacity'),
    /** A head count reported for the exchange when participants are not registered one by one. */
    reportedParticipants: integer('reported_participants'),
    /** For a network meeting: the member town or organization hosting it (proposed, then recorded). */
    hostNetworkMemberId: uuid('host_network_member_id').references(() => networkMembers.id, { onDelete: 'set null' }),
  },
  (table) => [
    visibilityCheck('exchanges', table.visibility),
    oneOf('exchanges_kind_check', table.kind, EXCHANGE_KINDS),
    oneOf('exchanges_status_check', table.status, EXCHANGE_STATUSES),
    check('exchanges_dates_check', sql`${table.endDate} >= ${table.startDate}`),
    // Longer programmes are series of exchanges; the bound lets date filters use the start-date index.
    check('exchanges_duration_check', sql`${table.endDate} - ${table.startDate} <= ${sql.raw(String(MAX_EXCHANGE_DAYS))}`),
    check('exchanges_capacity_check', sql`${table.capacity} IS NULL OR ${table.capacity} >= 0`),
    check('exchanges_reported_participants_check', sql`${table.reportedParticipants} IS NULL OR ${table.reportedParticipants} >= 0`),
    check('exchanges_series_part_check', sql`(${table.seriesId} IS NULL) = (${table.seriesPart} IS NULL) AND (${table.seriesPart} IS NULL OR ${table.seriesPart} > 0)`),
    index('exchanges_start_idx').on(table.startDate, table.id),
    index('exchanges_partnership_idx').on(table.partnershipId, table.startDate, table.id),
    index('exchanges_network_idx').on(table.networkId, table.startDate, table.id),
    index('exchanges_kind_start_idx').on(table.kind, table.startDate, table.id),
    index('exchanges_host_member_idx').on(table.hostNetworkMemberId),
    index('exchanges_series_idx').on(table.seriesId, table.seriesPart),
    index('exchanges_venue_idx').on(table.venuePlaceId),
    index('exchanges_workspace_idx').on(table.workspaceId),
  ],
);

export const exchangeOrganizations = pgTable(
  'exchange_organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    exchangeId: uuid('exchange_id')
      .notNull()
      .references(() => exchanges.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    role: text('role', { enum: ORGANIZATION_ROLES }).notNull(),
  },
  (table) => [
    oneOf('exchange_organizations_role_check', table.role, ORGANIZATION_ROLES),
    uniqueIndex('exchange_organizations_unique_idx').on(table.exchangeId, table.organizationId, table.role),
    index('exchange_organizations_organization_idx').on(table.organizationId),
  ],
);

/** A group travelling together, from a place or an organization. */
export const exchangeDelegations = pgTable(
  'exchange_delegations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    exchangeId: uuid('exchange_id')
      .notNull()
      .references(() => exchanges.id, { onDelete: 'cascade' }),
    /** What the group calls itself ("Delegation of the district council"); empty: named after its origin. */
    name: jsonb('name').$type<LocalizedText>().notNull().default({}),
    fromPlaceId: uuid('from_place_id').references(() => places.id),
    fromOrganizationId: uuid('from_organization_id').references(() => organizations.id),
    sectors: text('sectors', { enum: DELEGATION_SECTORS }).array().notNull().default(sql`'{}'::text[]`),
    size: integer('size'),
    note: jsonb('note').$type<LocalizedText>().notNull().default({}),
  },
  (table) => [
    exactlyOne('exchange_delegations_origin_check', table.fromPlaceId, table.fromOrganizationId),
    check('exchange_delegations_size_check', sql`${table.size} IS NULL OR ${table.size} > 0`),
    check(
      'exchange_delegations_sectors_check',
      sql`${table.sectors} <@ ARRAY[${sql.raw(DELEGATION_SECTORS.map((value) => `'${value}'`).join(', '))}]::text[]`,
    ),
    index('exchange_delegations_exchange_idx').on(table.exchangeId),
    index('exchange_delegations_place_idx').on(table.fromPlaceId),
  ],
);

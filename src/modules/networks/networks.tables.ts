import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { exactlyOne, oneOf, type LocalizedText } from '../../core/db/columns.js';
import { users } from '../accounts/users.tables.js';
import { organizations } from '../actors/organizations.tables.js';
import { people } from '../actors/people.tables.js';
import { places } from '../places/places.tables.js';
import { themes } from '../themes/themes.tables.js';
import { scopedRecordColumns } from '../workspaces/workspaces.tables.js';
import { visibilityCheck } from '../../core/records/visibilities.js';

export const NETWORK_CADENCES = ['monthly', 'quarterly', 'half_yearly', 'yearly', 'irregular'] as const;
export type NetworkCadence = (typeof NETWORK_CADENCES)[number];

/** Who meets: towns, practitioners of one profession (neighbourhood managers …), or around a theme. */
export const NETWORK_KINDS = ['municipal', 'professional', 'thematic', 'other'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

/** A network whose members meet regularly, hosted in turn; its meetings are exchanges. */
export const networks = pgTable(
  'networks',
  {
    ...scopedRecordColumns(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    shortName: text('short_name'),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    /** The association that carries the network, if it has one. */
    organizationId: uuid('organization_id').references(() => organizations.id),
    regionPlaceId: uuid('region_place_id').references(() => places.id),
    kind: text('kind', { enum: NETWORK_KINDS }).notNull().default('other'),
    cadence: text('cadence', { enum: NETWORK_CADENCES }).notNull(),
    foundedYear: integer('founded_year'),
    /** Archived networks no longer meet; they stay readable with their history. */
    archivedAt: timestamp('archived_at', { withTimezone: true, mode: 'date' }),
    sortName: text('sort_name')
      .notNull()
      .generatedAlwaysAs(sql`lower(coalesce(name->>'de', name->>'en', name->>'uk', ''))`),
  },
  (table) => [
    visibilityCheck('networks', table.visibility),
    oneOf('networks_cadence_check', table.cadence, NETWORK_CADENCES),
    oneOf('networks_kind_check', table.kind, NETWORK_KINDS),
    index('networks_sort_idx').on(table.sortName, table.id),
    index('networks_workspace_idx').on(table.workspaceId),
  ],
);

export const networkMembers = pgTable(
  'network_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    placeId: uuid('place_id').references(() => places.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    joinedOn: date('joined_on', { mode: 'string' }),
    leftOn: date('left_on', { mode: 'string' }),
    /** Whom the network reaches at this member. */
    contactPersonId: uuid('contact_person_id').references(() => people.id, { onDelete: 'set null' }),
  },
  (table) => [
    exactlyOne('network_members_one_member_check', table.placeId, table.organizationId),
    check('network_members_left_after_joined_check', sql`${table.leftOn} IS NULL OR ${table.joinedOn} IS NULL OR ${table.leftOn} >= ${table.joinedOn}`),
    uniqueIndex('network_members_place_idx').on(table.networkId, table.placeId),
    uniqueIndex('network_members_organization_idx').on(table.networkId, table.organizationId),
  ],
);

/** A period in which a member cannot host a meeting (council elections, building works …). */
export const networkMemberUnavailability = pgTable(
  'network_member_unavailability',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkMemberId: uuid('network_member_id')
      .notNull()
      .references(() => networkMembers.id, { onDelete: 'cascade' }),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }).notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [
    check('network_member_unavailability_period_check', sql`${table.toDate} >= ${table.fromDate}`),
    index('network_member_unavailability_member_idx').on(table.networkMemberId, table.fromDate),
  ],
);

export const networkThemes = pgTable(
  'network_themes',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    themeId: uuid('theme_id')
      .notNull()
      .references(() => themes.id),
  },
  (table) => [primaryKey({ columns: [table.networkId, table.themeId] }), index('network_themes_theme_idx').on(table.themeId)],
);

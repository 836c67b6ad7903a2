import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { exactlyOne, oneOf, timestamps, type LocalizedText } from '../../core/db/columns.js';
import { users } from '../accounts/users.tables.js';
import { organizations } from '../actors/organizations.tables.js';
import { people } from '../actors/people.tables.js';
import { themes } from '../themes/themes.tables.js';
import { places } from '../places/places.tables.js';
import { scopedRecordColumns } from '../workspaces/workspaces.tables.js';
import { visibilityCheck } from '../../core/records/visibilities.js';

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

/** The fields a partnership works in. */
export const partnershipThemes = pgTable(
  'partnership_themes',
  {
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    themeId: uuid('theme_id')
      .notNull()
      .references(() => themes.id),
  },
  (table) => [primaryKey({ columns: [table.partnershipId, table.themeId] }), index('partnership_themes_theme_idx').on(table.themeId)],
);

export const PROJECT_GROUP_STATUSES = ['active', 'paused', 'closed'] as const;
export type ProjectGroupStatus = (typeof PROJECT_GROUP_STATUSES)[number];

/** A thematic working group inside a partnership, with members from each side. */
export const projectGroups = pgTable(
  'project_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    themeId: uuid('theme_id').references(() => themes.id),
    /** When the group began its work; its place on the partnership's timeline. */
    formedOn: date('formed_on', { mode: 'string' }),
    status: text('status', { enum: PROJECT_GROUP_STATUSES }).notNull().default('active'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (table) => [
    oneOf('project_groups_status_check', table.status, PROJECT_GROUP_STATUSES),
    index('project_groups_partnership_idx').on(table.partnershipId, table.formedOn, table.id),
    index('project_groups_theme_idx').on(table.themeId),
  ],
);

export const PROJECT_GROUP_ROLES = ['lead', 'member'] as const;
export type ProjectGroupRole = (typeof PROJECT_GROUP_ROLES)[number];

/** A person in a project group, on the side of one of the partnership's parties. */
export const projectGroupMembers = pgTable(
  'project_group_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectGroupId: uuid('project_group_id')
      .notNull()
      .references(() => projectGroups.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    partyId: uuid('party_id').references(() => partnershipParties.id, { onDelete: 'set null' }),
    role: text('role', { enum: PROJECT_GROUP_ROLES }).notNull().default('member'),
    position: integer('position').notNull().default(0),
  },
  (table) => [
    oneOf('project_group_members_role_check', table.role, PROJECT_GROUP_ROLES),
    uniqueIndex('project_group_members_person_idx').on(table.projectGroupId, table.personId),
    index('project_group_members_person_lookup_idx').on(table.personId),
    index('project_group_members_party_idx').on(table.partyId),
  ],
);

import { jsonb, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { oneOf, type LocalizedText } from '../../core/db/columns.js';
import { places } from '../places/places.tables.js';
import { scopedRecordColumns, visibilityCheck } from '../workspaces/workspaces.tables.js';

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
  'university',
  'company',
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
    seatPlaceId: uuid('seat_place_id').references(() => places.id),
    /** The organization this one belongs to, e.g. a city office inside the city administration. */
    parentId: uuid('parent_id').references((): AnyPgColumn => organizations.id),
    website: text('website'),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
  },
  (table) => [
    visibilityCheck('organizations', table.visibility),
    oneOf('organizations_kind_check', table.kind, ORGANIZATION_KINDS),
    index('organizations_seat_idx').on(table.seatPlaceId),
    index('organizations_parent_idx').on(table.parentId),
    index('organizations_workspace_idx').on(table.workspaceId),
  ],
);

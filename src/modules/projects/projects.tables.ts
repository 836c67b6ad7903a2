import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, numeric, pgTable, primaryKey as pgPrimaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { oneOf, primaryKey, type LocalizedText } from '../../core/db/columns.js';
import { organizations } from '../actors/organizations.tables.js';
import { people } from '../actors/people.tables.js';
import { partnerships } from '../partnerships/partnerships.tables.js';
import { places } from '../places/places.tables.js';
import { scopedRecordColumns } from '../workspaces/workspaces.tables.js';
import { visibilityCheck } from '../../core/records/visibilities.js';

export const PROJECT_STATUSES = ['idea', 'planned', 'running', 'completed', 'discontinued'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PROJECT_PARTNER_ROLES = ['partner', 'consultancy', 'implementer', 'funder', 'advisor', 'client', 'co_host', 'process_support', 'preparation', 'execution', 'follow_up', 'sponsor'] as const;
export type ProjectPartnerRole = (typeof PROJECT_PARTNER_ROLES)[number];

export const PHASE_STATUSES = ['planned', 'running', 'completed'] as const;
export const OUTPUT_KINDS = ['report', 'concept', 'action_plan', 'tool', 'event', 'publication', 'document'] as const;
export const TRANSFER_RATINGS = ['transferable', 'partly_transferable', 'not_transferable', 'open'] as const;

export interface ProjectPhase {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  startDate: string | null;
  endDate: string | null;
  status: (typeof PHASE_STATUSES)[number];
}

export interface ProjectOutput {
  id: string;
  kind: (typeof OUTPUT_KINDS)[number];
  title: LocalizedText;
  url: string | null;
  issuedOn: string | null;
}

/** What was tried elsewhere (or in another quarter), and with what result. */
export interface TransferAssessment {
  id: string;
  placeId: string | null;
  context: string;
  tried: LocalizedText;
  result: LocalizedText;
  rating: (typeof TRANSFER_RATINGS)[number];
  assessedOn: string | null;
}

export const projects = pgTable(
  'projects',
  {
    ...scopedRecordColumns(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    summary: jsonb('summary').$type<LocalizedText>().notNull().default({}),
    goals: jsonb('goals').$type<LocalizedText>().notNull().default({}),
    status: text('status', { enum: PROJECT_STATUSES }).notNull().default('planned'),
    /** Recorded after the fact: its dates are history, so nothing in it is flagged overdue. */
    historical: boolean('historical').notNull().default(false),
    carrierOrganizationId: uuid('carrier_organization_id').references(() => organizations.id),
    partnershipId: uuid('partnership_id').references(() => partnerships.id, { onDelete: 'set null' }),
    pilotAreaPlaceId: uuid('pilot_area_place_id').references(() => places.id),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    budget: numeric('budget', { precision: 14, scale: 2, mode: 'number' }),
    currency: text('currency').notNull().default('EUR'),
    website: text('website'),
    phases: jsonb('phases').$type<ProjectPhase[]>().notNull().default([]),
    outputs: jsonb('outputs').$type<ProjectOutput[]>().notNull().default([]),
    transferability: jsonb('transferability').$type<TransferAssessment[]>().notNull().default([]),
    sortTitle: text('sort_title')
      .notNull()
      .generatedAlwaysAs(sql`lower(coalesce(title->>'de', title->>'en', title->>'uk', ''))`),
  },
  (table) => [
    visibilityCheck('projects', table.visibility),
    oneOf('projects_status_check', table.status, PROJECT_STATUSES),
    check('projects_budget_check', sql`${table.budget} IS NULL OR ${table.budget} >= 0`),
    check('projects_dates_check', sql`${table.endDate} IS NULL OR ${table.startDate} IS NULL OR ${table.endDate} >= ${table.startDate}`),
    index('projects_sort_idx').on(table.sortTitle, table.id),
    index('projects_workspace_idx').on(table.workspaceId),
    index('projects_carrier_idx').on(table.carrierOrganizationId),
    index('projects_partnership_idx').on(table.partnershipId),
    index('projects_pilot_area_idx').on(table.pilotAreaPlaceId),
  ],
);

export const projectPartners = pgTable(
  'project_partners',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    role: text('role', { enum: PROJECT_PARTNER_ROLES }).notNull().default('partner'),
    position: integer('position').notNull().default(0),
  },
  (table) => [
    // One organisation may act in several roles: carrier's partner and client, preparation and follow-up.
    pgPrimaryKey({ columns: [table.projectId, table.organizationId, table.role] }),
    oneOf('project_partners_role_check', table.role, PROJECT_PARTNER_ROLES),
    index('project_partners_organization_idx').on(table.organizationId),
  ],
);

/** Whom to ask: an office (with its address and phone) or a person, in a role. */
export const projectContacts = pgTable(
  'project_contacts',
  {
    id: primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').references(() => organizations.id),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'cascade' }),
    role: text('role').notNull().default(''),
    position: integer('position').notNull().default(0),
  },
  (table) => [
    check('project_contacts_someone_check', sql`${table.organizationId} IS NOT NULL OR ${table.personId} IS NOT NULL`),
    index('project_contacts_project_idx').on(table.projectId, table.position),
    index('project_contacts_organization_idx').on(table.organizationId),
    index('project_contacts_person_idx').on(table.personId),
  ],
);

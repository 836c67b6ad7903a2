import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, numeric, pgTable, primaryKey as pgPrimaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { exactlyOne, oneOf, primaryKey, timestamps, type LocalizedText } from '../../core/db/columns.js';
import { users } from '../accounts/users.tables.js';
import { organizations } from '../actors/organizations.tables.js';
import { partnerships } from '../partnerships/partnerships.tables.js';
import { places } from '../places/places.tables.js';
import { projects } from '../projects/projects.tables.js';
import { themes } from '../themes/themes.tables.js';
import { scopedRecordColumns, workspaces } from '../workspaces/workspaces.tables.js';
import { visibilityCheck } from '../../core/records/visibilities.js';

export const PLAN_SCOPES = ['partnership', 'area'] as const;
export type PlanScope = (typeof PLAN_SCOPES)[number];

/** draft → agreed (every side agreed) → active → done; an agreed or active plan is reopened as a draft to amend it. */
export const PLAN_STATUSES = ['draft', 'agreed', 'active', 'done'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PROGRESS_STATUSES = ['on_track', 'at_risk', 'delayed', 'done'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** A measurable result of a measure, with where it started and where it should get to. */
export interface MeasureIndicator {
  id: string;
  name: LocalizedText;
  unit: string;
  baseline: number | null;
  target: number;
}

export const actionPlans = pgTable(
  'action_plans',
  {
    ...scopedRecordColumns(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    summary: jsonb('summary').$type<LocalizedText>().notNull().default({}),
    scope: text('scope', { enum: PLAN_SCOPES }).notNull(),
    partnershipId: uuid('partnership_id').references(() => partnerships.id),
    areaPlaceId: uuid('area_place_id').references(() => places.id),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    status: text('status', { enum: PLAN_STATUSES }).notNull().default('draft'),
    /** Recorded after the fact: its dates are history, so nothing in it is flagged overdue. */
    historical: boolean('historical').notNull().default(false),
    /** Counts changes of the content; an agreement holds for the revision it was given to. */
    revision: integer('revision').notNull().default(1),
    /** The number of the latest agreed version, if any. */
    currentVersion: integer('current_version'),
    sortTitle: text('sort_title')
      .notNull()
      .generatedAlwaysAs(sql`lower(coalesce(title->>'de', title->>'en', title->>'uk', ''))`),
  },
  (table) => [
    visibilityCheck('action_plans', table.visibility),
    oneOf('action_plans_scope_check', table.scope, PLAN_SCOPES),
    oneOf('action_plans_status_check', table.status, PLAN_STATUSES),
    exactlyOne('action_plans_one_scope_check', table.partnershipId, table.areaPlaceId),
    check('action_plans_period_check', sql`${table.periodEnd} >= ${table.periodStart}`),
    index('action_plans_sort_idx').on(table.sortTitle, table.id),
    index('action_plans_workspace_idx').on(table.workspaceId),
    index('action_plans_partnership_idx').on(table.partnershipId),
    index('action_plans_area_idx').on(table.areaPlaceId),
  ],
);

/**
 * A partner side of a plan (a party of the partnership, or whoever else signs an area plan). The
 * owners and coordinators of its workspace agree for it; its members read the plan.
 */
export const actionPlanSides = pgTable(
  'action_plan_sides',
  {
    id: primaryKey(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    label: jsonb('label').$type<LocalizedText>().notNull().default({}),
    placeId: uuid('place_id').references(() => places.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
  },
  (table) => [index('action_plan_sides_plan_idx').on(table.planId, table.position), index('action_plan_sides_workspace_idx').on(table.workspaceId)],
);

export const actionPlanPriorities = pgTable(
  'action_plan_priorities',
  {
    id: primaryKey(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    themeId: uuid('theme_id').references(() => themes.id),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    ...timestamps(),
  },
  (table) => [index('action_plan_priorities_plan_idx').on(table.planId, table.position), index('action_plan_priorities_theme_idx').on(table.themeId)],
);

export const actionPlanMeasures = pgTable(
  'action_plan_measures',
  {
    id: primaryKey(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    priorityId: uuid('priority_id')
      .notNull()
      .references(() => actionPlanPriorities.id),
    position: integer('position').notNull().default(0),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    responsibleOrganizationId: uuid('responsible_organization_id').references(() => organizations.id),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    budget: numeric('budget', { precision: 14, scale: 2, mode: 'number' }),
    currency: text('currency').notNull().default('EUR'),
    /** How the measure is to be paid for, in words (a programme, own funds …); grants link to the measure. */
    funding: jsonb('funding').$type<LocalizedText>().notNull().default({}),
    indicators: jsonb('indicators').$type<MeasureIndicator[]>().notNull().default([]),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
    /** Where the measure came from (an exchange outcome, a project-group idea …), kept as a link back. */
    sourceType: text('source_type'),
    sourceId: uuid('source_id'),
    sourceTitle: jsonb('source_title').$type<LocalizedText>(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (table) => [
    check('action_plan_measures_budget_check', sql`${table.budget} IS NULL OR ${table.budget} >= 0`),
    check('action_plan_measures_dates_check', sql`${table.endDate} IS NULL OR ${table.startDate} IS NULL OR ${table.endDate} >= ${table.startDate}`),
    check('action_plan_measures_source_check', sql`(${table.sourceType} IS NULL) = (${table.sourceId} IS NULL)`),
    index('action_plan_measures_plan_idx').on(table.planId, table.priorityId, table.position),
    index('action_plan_measures_priority_idx').on(table.priorityId),
    index('action_plan_measures_project_idx').on(table.projectId),
    index('action_plan_measures_source_idx').on(table.sourceType, table.sourceId),
    index('action_plan_measures_responsible_idx').on(table.responsibleOrganizationId),
  ],
);

export const actionPlanMeasurePartners = pgTable(
  'action_plan_measure_partners',
  {
    measureId: uuid('measure_id')
      .notNull()
      .references(() => actionPlanMeasures.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    position: integer('position').notNull().default(0),
  },
  (table) => [
    pgPrimaryKey({ columns: [table.measureId, table.organizationId] }),
    index('action_plan_measure_partners_plan_idx').on(table.planId),
    index('action_plan_measure_partners_organization_idx').on(table.organizationId),
  ],
);

/** One side's agreement to one revision of the plan. */
export const actionPlanAgreements = pgTable(
  'action_plan_agreements',
  {
    id: primaryKey(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    sideId: uuid('side_id')
      .notNull()
      .references(() => actionPlanSides.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The name of whoever agreed, as it was then. */
    userName: text('user_name').notNull(),
    agreedAt: timestamp('agreed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('action_plan_agreements_side_revision_idx').on(table.sideId, table.revision), index('action_plan_agreements_plan_idx').on(table.planId, table.revision)],
);

/** Every agreed state of a plan, frozen as it was agreed. */
export const actionPlanVersions = pgTable(
  'action_plan_versions',
  {
    id: primaryKey(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    revision: integer('revision').notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    agreements: jsonb('agreements').$type<{ sideId: string; side: string; userName: string; agreedAt: string }[]>().notNull(),
    agreedAt: timestamp('agreed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('action_plan_versions_number_idx').on(table.planId, table.number)],
);

export const measureProgressUpdates = pgTable(
  'measure_progress_updates',
  {
    id: primaryKey(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id, { onDelete: 'cascade' }),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => actionPlanMeasures.id, { onDelete: 'cascade' }),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: PROGRESS_STATUSES }).notNull(),
    /** Indicator id → value reached. */
    indicatorValues: jsonb('indicator_values').$type<Record<string, number>>().notNull().default({}),
    note: text('note').notNull().default(''),
    /** The name of whoever reported, as it was then. */
    reporterName: text('reporter_name').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [
    oneOf('measure_progress_updates_status_check', table.status, PROGRESS_STATUSES),
    index('measure_progress_updates_measure_idx').on(table.measureId, table.reportedOn, table.createdAt),
    index('measure_progress_updates_plan_idx').on(table.planId),
  ],
);

import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { oneOf, primaryKey, type LocalizedText } from '../../core/db/columns.js';
import { organizations } from '../actors/organizations.tables.js';
import { actionPlanMeasures } from '../plans/plans.tables.js';
import { projects } from '../projects/projects.tables.js';
import { scopedRecordColumns } from '../workspaces/workspaces.tables.js';
import { visibilityCheck } from '../../core/records/visibilities.js';

export const PROGRAMME_LEVELS = ['eu', 'national', 'state', 'municipal', 'foundation', 'international'] as const;
export const INSTRUMENT_KINDS = ['grant', 'loan', 'advisory', 'network', 'prize', 'other'] as const;
/** applied → approved → running → closed; or rejected. Approved, running and closed grants count as granted. */
export const GRANT_STATUSES = ['applied', 'approved', 'running', 'closed', 'rejected'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];
export const GRANTED_STATUSES: readonly GrantStatus[] = ['approved', 'running', 'closed'];

export interface FundingInstrument {
  id: string;
  name: LocalizedText;
  kind: (typeof INSTRUMENT_KINDS)[number];
  maxAmount: number | null;
  /** Share of eligible costs funded, in percent. */
  fundingRate: number | null;
  description: LocalizedText;
}

export const fundingProgrammes = pgTable(
  'funding_programmes',
  {
    ...scopedRecordColumns(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    level: text('level', { enum: PROGRAMME_LEVELS }).notNull().default('national'),
    funderOrganizationId: uuid('funder_organization_id').references(() => organizations.id),
    periodStart: date('period_start', { mode: 'string' }),
    periodEnd: date('period_end', { mode: 'string' }),
    website: text('website'),
    instruments: jsonb('instruments').$type<FundingInstrument[]>().notNull().default([]),
    sortName: text('sort_name')
      .notNull()
      .generatedAlwaysAs(sql`lower(coalesce(name->>'de', name->>'en', name->>'uk', ''))`),
  },
  (table) => [
    visibilityCheck('funding_programmes', table.visibility),
    oneOf('funding_programmes_level_check', table.level, PROGRAMME_LEVELS),
    check('funding_programmes_period_check', sql`${table.periodEnd} IS NULL OR ${table.periodStart} IS NULL OR ${table.periodEnd} >= ${table.periodStart}`),
    index('funding_programmes_sort_idx').on(table.sortName, table.id),
    index('funding_programmes_workspace_idx').on(table.workspaceId),
    index('funding_programmes_funder_idx').on(table.funderOrganizationId),
  ],
);

/** A call's closing date or another date applicants must meet. */
export const fundingDeadlines = pgTable(
  'funding_deadlines',
  {
    id: primaryKey(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => fundingProgrammes.id, { onDelete: 'cascade' }),
    instrumentId: uuid('instrument_id'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    label: jsonb('label').$type<LocalizedText>().notNull(),
  },
  (table) => [index('funding_deadlines_due_idx').on(table.dueOn, table.id), index('funding_deadlines_programme_idx').on(table.programmeId, table.dueOn)],
);

export const grants = pgTable(
  'grants',
  {
    ...scopedRecordColumns(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => fundingProgrammes.id),
    instrumentId: uuid('instrument_id'),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'cascade' }),
    measureId: uuid('measure_id').references(() => actionPlanMeasures.id, { onDelete: 'cascade' }),
    recipientOrganizationId: uuid('recipient_organization_id').references(() => organizations.id),
    reference: text('reference').notNull().default(''),
    amount: numeric('amount', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    currency: text('currency').notNull().default('EUR'),
    periodStart: date('period_start', { mode: 'string' }),
    periodEnd: date('period_end', { mode: 'string' }),
    status: text('status', { enum: GRANT_STATUSES }).notNull().default('approved'),
    note: text('note').notNull().default(''),
  },
  (table) => [
    visibilityCheck('grants', table.visibility),
    oneOf('grants_status_check', table.status, GRANT_STATUSES),
    check('grants_amount_check', sql`${table.amount} >= 0`),
    check('grants_funds_something_check', sql`${table.projectId} IS NOT NULL OR ${table.measureId} IS NOT NULL`),
    check('grants_period_check', sql`${table.periodEnd} IS NULL OR ${table.periodStart} IS NULL OR ${table.periodEnd} >= ${table.periodStart}`),
    index('grants_programme_idx').on(table.programmeId, table.id),
    index('grants_project_idx').on(table.projectId),
    index('grants_measure_idx').on(table.measureId),
    index('grants_workspace_idx').on(table.workspaceId),
    index('grants_recipient_idx').on(table.recipientOrganizationId),
  ],
);

/** Money spent on a project or a measure, optionally out of a grant. */
export const expenditures = pgTable(
  'expenditures',
  {
    ...scopedRecordColumns(),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'cascade' }),
    measureId: uuid('measure_id').references(() => actionPlanMeasures.id, { onDelete: 'cascade' }),
    grantId: uuid('grant_id').references(() => grants.id, { onDelete: 'set null' }),
    spentOn: date('spent_on', { mode: 'string' }).notNull(),
    amount: numeric('amount', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    currency: text('currency').notNull().default('EUR'),
    description: text('description').notNull().default(''),
  },
  (table) => [
    visibilityCheck('expenditures', table.visibility),
    check('expenditures_amount_check', sql`${table.amount} >= 0`),
    check('expenditures_for_something_check', sql`${table.projectId} IS NOT NULL OR ${table.measureId} IS NOT NULL`),
    index('expenditures_project_idx').on(table.projectId, table.spentOn),
    index('expenditures_measure_idx').on(table.measureId, table.spentOn),
    index('expenditures_grant_idx').on(table.grantId),
    index('expenditures_workspace_idx').on(table.workspaceId),
  ],
);

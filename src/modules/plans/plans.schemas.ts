import { z } from 'zod';
import { isoDateSchema, localizedTextSchema } from '../../core/http/common-schemas.js';
import { pageQueryShape, pageSchema } from '../../core/http/pagination.js';
import { changeSchemaOf, currencySchema, moneySchema, requiredTextSchema, newTitledRecordShape, titledRecordShape } from '../../core/http/record-fields.js';
import { organizationRefSchema } from '../actors/organizations.schemas.js';
import { placeRefSchema } from '../places/places.schemas.js';
import { projectRefSchema } from '../projects/projects.schemas.js';
import { themeRefSchema } from '../themes/themes.schemas.js';
import { VISIBILITIES } from '../../core/records/visibilities.js';
import { PLAN_SCOPES, PLAN_STATUSES, PROGRESS_STATUSES } from './plans.tables.js';
import { EXPORT_LANGUAGES } from './plan-export-labels.js';

export const planListQuerySchema = z.strictObject({
  status: z.enum(PLAN_STATUSES).optional(),
  partnershipId: z.uuid().optional().describe('Only plans of this partnership'),
  areaPlaceId: z.uuid().optional().describe('Only plans for this area'),
  ...pageQueryShape,
});
export type PlanListQuery = z.infer<typeof planListQuerySchema>;

const partnershipLinkSchema = z.object({ id: z.uuid(), title: localizedTextSchema });
const workspaceRefSchema = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });

export const planSummarySchema = z.object({
  id: z.uuid(),
  title: localizedTextSchema,
  scope: z.enum(PLAN_SCOPES),
  partnership: partnershipLinkSchema.nullable(),
  area: placeRefSchema.nullable(),
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  status: z.enum(PLAN_STATUSES).meta({ id: 'PlanStatus' }),
  historical: z.boolean().describe('Recorded after the fact: nothing in it is flagged overdue'),
  visibility: z.enum(VISIBILITIES),
  currentVersion: z.number().int().nullable(),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;
export const planPageSchema = pageSchema(planSummarySchema);

export const indicatorSchema = z.object({ id: z.uuid(), name: localizedTextSchema, unit: z.string(), baseline: z.number().nullable(), target: z.number() });

export const progressUpdateSchema = z.object({
  id: z.uuid(),
  measureId: z.uuid(),
  reportedOn: isoDateSchema,
  status: z.enum(PROGRESS_STATUSES).meta({ id: 'ProgressStatus' }),
  indicatorValues: z.record(z.string(), z.number()),
  note: z.string(),
  reportedBy: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type ProgressUpdateView = z.infer<typeof progressUpdateSchema>;

export const sourceSchema = z.object({ type: z.string(), id: z.uuid(), title: localizedTextSchema });

export const measureSchema = z.object({
  id: z.uuid(),
  priorityId: z.uuid(),
  position: z.number().int(),
  title: localizedTextSchema,
  description: localizedTextSchema,
  responsible: organizationRefSchema.nullable(),
  partners: z.array(organizationRefSchema),
  startDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
  budget: z.number().nullable(),
  currency: z.string(),
  funding: localizedTextSchema,
  indicators: z.array(indicatorSchema),
  project: projectRefSchema.nullable(),
  source: sourceSchema.nullable(),
  latestProgress: progressUpdateSchema.nullable(),
  overdue: z.boolean().describe('Its end date has passed and it is not reported done'),
});
export type MeasureView = z.infer<typeof measureSchema>;

export const prioritySchema = z.object({
  id: z.uuid(),
  position: z.number().int(),
  title: localizedTextSchema,
  description: localizedTextSchema,
  theme: themeRefSchema.nullable(),
});
export type PriorityView = z.infer<typeof prioritySchema>;

export const AGREE_BLOCKERS = ['plan_not_draft', 'agreed', 'signed_out', 'read_only_token', 'not_coordinator', 'agreed_other_side'] as const;
export type AgreeBlocker = (typeof AGREE_BLOCKERS)[number];
export const INVITE_BLOCKERS = ['plan_not_draft', 'agreed', 'signed_out', 'read_only_token', 'not_coordinator'] as const;
export type InviteBlocker = (typeof INVITE_BLOCKERS)[number];

export const sideSchema = z.object({
  id: z.uuid(),
  label: localizedTextSchema,
  place: placeRefSchema.nullable(),
  organization: organizationRefSchema.nullable(),
  workspace: workspaceRefSchema,
  agreement: z
    .object({ userName: z.string(), agreedAt: z.iso.datetime(), revision: z.number().int(), current: z.boolean().describe('Given to the plan as it is now') })
    .nullable(),
  canAgree: z.boolean().describe('Whether the viewer may agree for this side now'),
  agreeBlocker: z
    .enum(AGREE_BLOCKERS)
    .nullable()
    .describe('Why the viewer may not agree for this side now: the plan is not a draft, the side has agreed, the viewer is signed out, reads with a read-only token, is no owner or coordinator of the side’s workspace, or has agreed for another side'),
  canWithdraw: z.boolean().describe('Whether the viewer may take back this side’s agreement to the draft'),
  canInvite: z.boolean().describe('Whether the viewer may invite someone into the side’s workspace to agree for it (owners and coordinators of that workspace, while the side’s agreement is missing)'),
  inviteBlocker: z
    .enum(INVITE_BLOCKERS)
    .nullable()
    .describe('Why the viewer may not invite for this side now: the plan is not a draft, the side has agreed, the viewer is signed out, reads with a read-only token, or is no owner or coordinator of the side’s workspace'),
});
export type SideView = z.infer<typeof sideSchema>;

export const versionSummarySchema = z.object({
  number: z.number().int(),
  agreedAt: z.iso.datetime(),
  agreements: z.array(z.object({ sideId: z.string(), side: z.string(), userName: z.string(), agreedAt: z.string() })),
});

export const planDetailSchema = planSummarySchema.extend({
  workspaceId: z.uuid(),
  summary: localizedTextSchema,
  revision: z.number().int(),
  canEdit: z.boolean().describe('Whether the viewer may change the plan (its content only while it is a draft)'),
  canReport: z.boolean().describe('Whether the viewer may record progress'),
  sides: z.array(sideSchema),
  priorities: z.array(prioritySchema),
  measures: z.array(measureSchema),
  versions: z.array(versionSummarySchema),
});
export type PlanDetail = z.infer<typeof planDetailSchema>;

const sideInputSchema = z
  .strictObject({
    label: localizedTextSchema.default({}),
    placeId: z.uuid().nullable().default(null),
    organizationId: z.uuid().nullable().default(null),
    workspaceId: z.uuid().optional().describe('The workspace whose owners and coordinators agree for this side; the plan’s own by default'),
    workspaceSlug: z.string().min(1).max(100).optional().describe('The same, named by its address'),
  })
  .refine((side) => !(side.workspaceId && side.workspaceSlug), { error: 'name the workspace by id or by address, not both' });
export type SideInput = z.infer<typeof sideInputSchema>;

const planFieldsShape = {
  ...titledRecordShape,
  summary: localizedTextSchema,
  partnershipId: z.uuid().nullable(),
  areaPlaceId: z.uuid().nullable(),
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  historical: z.boolean(),
  sides: z.array(sideInputSchema).min(1, { error: 'a plan has at least one side' }).max(10),
};

export const planCreateSchema = z.strictObject({
  ...newTitledRecordShape,
  summary: localizedTextSchema.default({}),
  partnershipId: z.uuid().nullable().default(null).describe('Scope: a partnership …'),
  areaPlaceId: z.uuid().nullable().default(null).describe('… or an area'),
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  historical: z.boolean().default(false).describe('Recorded after the fact: nothing in it is flagged overdue'),
  sides: planFieldsShape.sides.optional().describe('Default: the parties of the partnership, or one side for an area plan, all in the plan’s workspace'),
});
export type PlanCreate = z.infer<typeof planCreateSchema>;

export const planUpdateSchema = changeSchemaOf(planFieldsShape);
export type PlanUpdate = z.infer<typeof planUpdateSchema>;

export const priorityInputSchema = z.strictObject({
  title: requiredTextSchema,
  description: localizedTextSchema.default({}),
  themeId: z.uuid().nullable().default(null),
  position: z.number().int().min(0).max(1000).optional(),
});
export type PriorityInput = z.infer<typeof priorityInputSchema>;
export const priorityUpdateSchema = changeSchemaOf({ title: requiredTextSchema, description: localizedTextSchema, themeId: z.uuid().nullable(), position: z.number().int().min(0).max(1000) });
export type PriorityUpdate = z.infer<typeof priorityUpdateSchema>;

const indicatorInputSchema = z.strictObject({
  id: z.uuid().optional(),
  name: requiredTextSchema,
  unit: z.string().max(40).default(''),
  baseline: z.number().nullable().default(null),
  target: z.number({ error: 'must be a number (the target value)' }),
});

const measureFieldsShape = {
  priorityId: z.uuid(),
  position: z.number().int().min(0).max(10000),
  title: requiredTextSchema,
  description: localizedTextSchema,
  responsibleOrganizationId: z.uuid().nullable(),
  partnerOrganizationIds: z.array(z.uuid()).max(30),
  startDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
  budget: moneySchema.nullable(),
  currency: currencySchema,
  funding: localizedTextSchema,
  indicators: z.array(indicatorInputSchema).max(20),
  projectId: z.uuid().nullable(),
};

export const measureCreateSchema = z.strictObject({
  priorityId: measureFieldsShape.priorityId,
  position: measureFieldsShape.position.optional(),
  title: requiredTextSchema,
  description: localizedTextSchema.default({}),
  responsibleOrganizationId: z.uuid().nullable().default(null),
  partnerOrganizationIds: measureFieldsShape.partnerOrganizationIds.default([]),
  startDate: isoDateSchema.nullable().default(null),
  endDate: isoDateSchema.nullable().default(null),
  budget: moneySchema.nullable().default(null),
  currency: currencySchema.default('EUR'),
  funding: localizedTextSchema.default({}),
  indicators: measureFieldsShape.indicators.default([]),
  projectId: z.uuid().nullable().default(null),
});
export type MeasureCreate = z.infer<typeof measureCreateSchema>;

export const measureUpdateSchema = changeSchemaOf(measureFieldsShape);
export type MeasureUpdate = z.infer<typeof measureUpdateSchema>;

/** Anything a measure can come from: an exchange outcome, a project-group idea … */
export const sourceReferenceSchema = z.strictObject({
  sourceType: z
    .string()
    .regex(/^[a-z][a-z0-9_-]{1,39}$/, { error: 'must be a kind of record in lower case, e.g. exchange-outcome or project-group-idea' }),
  sourceId: z.uuid(),
  title: z.union([requiredTextSchema, z.string().trim().min(1, { error: 'is required' }).max(500)]),
  description: z.union([localizedTextSchema, z.string().max(10_000)]).default({}),
  language: z.string().regex(/^[a-z]{2,3}$/).default('de').describe('The language of title and description when given as plain text'),
});
export type SourceReference = z.infer<typeof sourceReferenceSchema>;

export const measureFromSourceSchema = z.strictObject({
  priorityId: z.uuid(),
  source: sourceReferenceSchema,
  startDate: isoDateSchema.nullable().default(null),
  endDate: isoDateSchema.nullable().default(null),
  responsibleOrganizationId: z.uuid().nullable().default(null),
});
export type MeasureFromSource = z.infer<typeof measureFromSourceSchema>;

export const measureParamsSchema = z.strictObject({ id: z.uuid(), measureId: z.uuid() });
export const priorityParamsSchema = z.strictObject({ id: z.uuid(), priorityId: z.uuid() });
export const sideParamsSchema = z.strictObject({ id: z.uuid(), sideId: z.uuid() });
export const progressParamsSchema = z.strictObject({ id: z.uuid(), updateId: z.uuid() });
export const versionParamsSchema = z.strictObject({ id: z.uuid(), number: z.coerce.number().int().min(1) });

export const progressCreateSchema = z.strictObject({
  reportedOn: isoDateSchema,
  status: z.enum(PROGRESS_STATUSES),
  indicatorValues: z.record(z.uuid({ error: 'must be keyed by the ids of the measure’s indicators' }), z.number()).default({}),
  note: z.string().max(5000).default(''),
});
export type ProgressCreate = z.infer<typeof progressCreateSchema>;

export const agreementCreateSchema = z.strictObject({ sideId: z.uuid() });
export const transitionSchema = z.strictObject({
  to: z.enum(['active', 'done', 'draft'], { error: 'must be active, done or draft (a plan becomes agreed when every side agrees)' }),
});

export const measureListQuerySchema = z
  .strictObject({
    sourceType: z.string().max(40).optional(),
    sourceId: z.uuid().optional(),
    projectId: z.uuid().optional(),
    ...pageQueryShape,
  })
  .refine((query) => (query.sourceType === undefined) === (query.sourceId === undefined), { error: 'give sourceType and sourceId together' })
  .refine((query) => query.sourceId !== undefined || query.projectId !== undefined, { error: 'give a source or a project' });

export const measureLinkSchema = z.object({
  id: z.uuid(),
  title: localizedTextSchema,
  plan: z.object({ id: z.uuid(), title: localizedTextSchema, status: z.enum(PLAN_STATUSES) }),
  source: sourceSchema.nullable(),
  project: projectRefSchema.nullable(),
  startDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
});
export const measureLinkPageSchema = pageSchema(measureLinkSchema);

export const versionDetailSchema = versionSummarySchema.extend({ snapshot: z.record(z.string(), z.unknown()) });

export const compareQuerySchema = z.strictObject({
  from: z.string().regex(/^(\d+|draft)$/, { error: 'must be a version number or "draft"' }),
  to: z.string().regex(/^(\d+|draft)$/, { error: 'must be a version number or "draft"' }),
});

export const snapshotChangeSchema = z.object({
  path: z.array(z.string()).describe('Where the change is, e.g. ["measures", "<id>", "budget"]'),
  kind: z.enum(['added', 'removed', 'changed']),
  before: z.unknown(),
  after: z.unknown(),
  /** The title of the priority or measure the change belongs to, as it is in the newer state (or the older, if removed). */
  itemTitle: localizedTextSchema.nullable(),
});
export type SnapshotChange = z.infer<typeof snapshotChangeSchema>;
export const comparisonSchema = z.object({ from: z.string(), to: z.string(), changes: z.array(snapshotChangeSchema) });

export const dashboardSchema = z.object({
  today: isoDateSchema,
  period: z.object({ start: isoDateSchema, end: isoDateSchema }),
  totals: z.object({ measures: z.number().int(), overdue: z.number().int(), byStatus: z.record(z.string(), z.number().int()) }),
  byPriority: z.array(
    z.object({
      priorityId: z.uuid(),
      title: localizedTextSchema,
      measures: z.number().int(),
      onTrack: z.number().int(),
      atRisk: z.number().int(),
      delayed: z.number().int(),
      done: z.number().int(),
      notReported: z.number().int(),
      overdue: z.number().int(),
    }),
  ),
  timeline: z.array(
    z.object({
      measureId: z.uuid(),
      priorityId: z.uuid(),
      title: localizedTextSchema,
      startDate: isoDateSchema.nullable(),
      endDate: isoDateSchema.nullable(),
      status: z.enum(PROGRESS_STATUSES).nullable(),
      lastReportedOn: isoDateSchema.nullable(),
      overdue: z.boolean(),
    }),
  ),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const progressListSchema = z.object({ items: z.array(progressUpdateSchema) });

/** The language of a plan's PDF or CSV export. */
export const planExportQuerySchema = z.strictObject({ lang: z.enum(EXPORT_LANGUAGES).default('de') });

/** A measure made from another record: its id and the plan it now belongs to. */
export const measureAddedSchema = z.object({ measureId: z.uuid(), plan: planDetailSchema });

import { z } from 'zod';
import { isoDateSchema, localizedTextSchema } from '../../core/http/common-schemas.js';
import { pageQueryShape, pageSchema } from '../../core/http/pagination.js';
import { changeSchemaOf, currencySchema, moneySchema, requiredTextSchema, newRecordScopeShape } from '../../core/http/record-fields.js';
import { organizationRefSchema } from '../actors/organizations.schemas.js';
import { projectRefSchema } from '../projects/projects.schemas.js';
import { VISIBILITIES } from '../../core/records/visibilities.js';
import { GRANT_STATUSES, INSTRUMENT_KINDS, PROGRAMME_LEVELS } from './funding.tables.js';

const webAddress = z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' });

export const instrumentSchema = z.object({
  id: z.uuid(),
  name: localizedTextSchema,
  kind: z.enum(INSTRUMENT_KINDS).meta({ id: 'InstrumentKind' }),
  maxAmount: z.number().nullable(),
  fundingRate: z.number().nullable(),
  description: localizedTextSchema,
});
export const deadlineSchema = z.object({ id: z.uuid(), dueOn: isoDateSchema, label: localizedTextSchema, instrumentId: z.uuid().nullable() });

export const programmeRefSchema = z.object({ id: z.uuid(), name: localizedTextSchema });
export const programmeSummarySchema = programmeRefSchema.extend({
  level: z.enum(PROGRAMME_LEVELS).meta({ id: 'ProgrammeLevel' }),
  visibility: z.enum(VISIBILITIES),
  funder: organizationRefSchema.nullable(),
  periodStart: isoDateSchema.nullable(),
  periodEnd: isoDateSchema.nullable(),
  nextDeadline: isoDateSchema.nullable(),
});
export type ProgrammeSummary = z.infer<typeof programmeSummarySchema>;
export const programmePageSchema = pageSchema(programmeSummarySchema);
export const programmeDetailSchema = programmeSummarySchema.extend({
  workspaceId: z.uuid(),
  canEdit: z.boolean(),
  description: localizedTextSchema,
  website: z.string().nullable(),
  instruments: z.array(instrumentSchema),
  deadlines: z.array(deadlineSchema),
});
export type ProgrammeDetail = z.infer<typeof programmeDetailSchema>;

export const programmeListQuerySchema = z.strictObject({ level: z.enum(PROGRAMME_LEVELS).optional(), funderOrganizationId: z.uuid().optional(), ...pageQueryShape });
export type ProgrammeListQuery = z.infer<typeof programmeListQuerySchema>;

const instrumentInputSchema = z.strictObject({
  id: z.uuid().optional(),
  name: requiredTextSchema,
  kind: z.enum(INSTRUMENT_KINDS).default('grant'),
  maxAmount: moneySchema.nullable().default(null),
  fundingRate: z.number().min(0, { error: 'must be a percentage from 0 to 100' }).max(100, { error: 'must be a percentage from 0 to 100' }).nullable().default(null),
  description: localizedTextSchema.default({}),
});
const deadlineInputSchema = z.strictObject({
  dueOn: isoDateSchema,
  label: requiredTextSchema,
  instrumentIndex: z.number().int().min(0).nullable().default(null).describe('The instrument (by its place in `instruments`) the deadline belongs to'),
});

const programmeShape = {
  visibility: z.enum(VISIBILITIES),
  name: requiredTextSchema,
  description: localizedTextSchema,
  level: z.enum(PROGRAMME_LEVELS),
  funderOrganizationId: z.uuid().nullable(),
  periodStart: isoDateSchema.nullable(),
  periodEnd: isoDateSchema.nullable(),
  website: webAddress.nullable(),
  instruments: z.array(instrumentInputSchema).max(30),
  deadlines: z.array(deadlineInputSchema).max(100),
};
export const programmeCreateSchema = z.strictObject({
  ...newRecordScopeShape,
  name: requiredTextSchema,
  description: localizedTextSchema.default({}),
  level: programmeShape.level.default('national'),
  funderOrganizationId: z.uuid().nullable().default(null),
  periodStart: isoDateSchema.nullable().default(null),
  periodEnd: isoDateSchema.nullable().default(null),
  website: webAddress.nullable().default(null),
  instruments: programmeShape.instruments.default([]),
  deadlines: programmeShape.deadlines.default([]),
});
export type ProgrammeCreate = z.infer<typeof programmeCreateSchema>;
export const programmeUpdateSchema = changeSchemaOf(programmeShape);
export type ProgrammeUpdate = z.infer<typeof programmeUpdateSchema>;

export const deadlineListQuerySchema = z.strictObject({
  from: isoDateSchema.optional().describe('Default: today'),
  to: isoDateSchema.optional(),
  programmeId: z.uuid().optional(),
  ...pageQueryShape,
});
export const upcomingDeadlineSchema = deadlineSchema.extend({ programme: programmeRefSchema });
export const deadlinePageSchema = pageSchema(upcomingDeadlineSchema);

const measureRefSchema = z.object({ id: z.uuid(), title: localizedTextSchema, plan: z.object({ id: z.uuid(), title: localizedTextSchema }) });

export const grantSchema = z.object({
  id: z.uuid(),
  workspaceId: z.uuid(),
  visibility: z.enum(VISIBILITIES),
  canEdit: z.boolean(),
  programme: programmeRefSchema,
  instrumentId: z.uuid().nullable(),
  project: projectRefSchema.nullable(),
  measure: measureRefSchema.nullable(),
  recipient: organizationRefSchema.nullable(),
  reference: z.string(),
  amount: z.number(),
  currency: z.string(),
  periodStart: isoDateSchema.nullable(),
  periodEnd: isoDateSchema.nullable(),
  status: z.enum(GRANT_STATUSES).meta({ id: 'GrantStatus' }),
  note: z.string(),
});
export type GrantView = z.infer<typeof grantSchema>;
export const grantPageSchema = pageSchema(grantSchema);
export const grantListQuerySchema = z.strictObject({
  programmeId: z.uuid().optional(),
  projectId: z.uuid().optional(),
  measureId: z.uuid().optional(),
  status: z.enum(GRANT_STATUSES).optional(),
  ...pageQueryShape,
});
export type GrantListQuery = z.infer<typeof grantListQuerySchema>;

const grantShape = {
  visibility: z.enum(VISIBILITIES),
  programmeId: z.uuid(),
  instrumentId: z.uuid().nullable(),
  projectId: z.uuid().nullable(),
  measureId: z.uuid().nullable(),
  recipientOrganizationId: z.uuid().nullable(),
  reference: z.string().max(200),
  amount: moneySchema,
  currency: currencySchema,
  periodStart: isoDateSchema.nullable(),
  periodEnd: isoDateSchema.nullable(),
  status: z.enum(GRANT_STATUSES),
  note: z.string().max(5000),
};
export const grantCreateSchema = z.strictObject({
  ...newRecordScopeShape,
  programmeId: grantShape.programmeId,
  instrumentId: z.uuid().nullable().default(null),
  projectId: z.uuid().nullable().default(null),
  measureId: z.uuid().nullable().default(null),
  recipientOrganizationId: z.uuid().nullable().default(null),
  reference: grantShape.reference.default(''),
  amount: moneySchema,
  currency: currencySchema.default('EUR'),
  periodStart: isoDateSchema.nullable().default(null),
  periodEnd: isoDateSchema.nullable().default(null),
  status: grantShape.status.default('approved'),
  note: grantShape.note.default(''),
});
export type GrantCreate = z.infer<typeof grantCreateSchema>;
export const grantUpdateSchema = changeSchemaOf(grantShape);
export type GrantUpdate = z.infer<typeof grantUpdateSchema>;

export const expenditureSchema = z.object({
  id: z.uuid(),
  workspaceId: z.uuid(),
  visibility: z.enum(VISIBILITIES),
  canEdit: z.boolean(),
  projectId: z.uuid().nullable(),
  measureId: z.uuid().nullable(),
  grantId: z.uuid().nullable(),
  spentOn: isoDateSchema,
  amount: z.number(),
  currency: z.string(),
  description: z.string(),
});
export type ExpenditureView = z.infer<typeof expenditureSchema>;
export const expenditurePageSchema = pageSchema(expenditureSchema);
export const expenditureListQuerySchema = z
  .strictObject({ projectId: z.uuid().optional(), measureId: z.uuid().optional(), grantId: z.uuid().optional(), ...pageQueryShape })
  .refine((query) => query.projectId || query.measureId || query.grantId, { error: 'give a project, a measure or a grant' });
export const expenditureCreateSchema = z.strictObject({
  ...newRecordScopeShape,
  projectId: z.uuid().nullable().default(null),
  measureId: z.uuid().nullable().default(null),
  grantId: z.uuid().nullable().default(null),
  spentOn: isoDateSchema,
  amount: moneySchema,
  currency: currencySchema.default('EUR'),
  description: z.string().max(2000).default(''),
});
export type ExpenditureCreate = z.infer<typeof expenditureCreateSchema>;
export const expenditureUpdateSchema = changeSchemaOf({ spentOn: isoDateSchema, amount: moneySchema, currency: currencySchema, description: z.string().max(2000), grantId: z.uuid().nullable(), visibility: z.enum(VISIBILITIES) });
export type ExpenditureUpdate = z.infer<typeof expenditureUpdateSchema>;

const totalsSchema = z.object({ currency: z.string(), budget: z.number(), granted: z.number(), applied: z.number(), spent: z.number(), remaining: z.number().describe('budget − spent') });
export const projectBudgetSchema = z.object({
  projectId: z.uuid(),
  totals: z.array(totalsSchema).describe('One line per currency'),
  grants: z.array(grantSchema),
  expenditures: z.array(expenditureSchema),
});
export const planBudgetSchema = z.object({
  planId: z.uuid(),
  totals: z.array(totalsSchema),
  measures: z.array(z.object({ measureId: z.uuid(), title: localizedTextSchema, currency: z.string(), budget: z.number().nullable(), granted: z.number(), spent: z.number() })),
});

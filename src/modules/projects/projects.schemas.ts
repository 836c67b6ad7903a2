import { z } from 'zod';
import { isoDateSchema, localizedTextSchema } from '../../core/http/common-schemas.js';
import { pageQueryShape, pageSchema } from '../../core/http/pagination.js';
import { changeSchemaOf, currencySchema, moneySchema, requiredTextSchema, newTitledRecordShape, titledRecordShape } from '../../core/http/record-fields.js';
import { organizationCardSchema, personCardSchema } from '../actors/contact-cards.schemas.js';
import { organizationRefSchema } from '../actors/organizations.schemas.js';
import { placeRefSchema } from '../places/places.schemas.js';
import { VISIBILITIES } from '../../core/records/visibilities.js';
import { OUTPUT_KINDS, PHASE_STATUSES, PROJECT_PARTNER_ROLES, PROJECT_STATUSES, TRANSFER_RATINGS } from './projects.tables.js';

export const projectListQuerySchema = z.strictObject({
  status: z.enum(PROJECT_STATUSES).optional(),
  partnershipId: z.uuid().optional(),
  carrierOrganizationId: z.uuid().optional(),
  ...pageQueryShape,
});
export type ProjectListQuery = z.infer<typeof projectListQuerySchema>;

export const projectRefSchema = z.object({ id: z.uuid(), title: localizedTextSchema, status: z.enum(PROJECT_STATUSES).meta({ id: 'ProjectStatus' }) });
export type ProjectRef = z.infer<typeof projectRefSchema>;

export const projectSummarySchema = projectRefSchema.extend({
  visibility: z.enum(VISIBILITIES),
  historical: z.boolean().describe('Recorded after the fact'),
  carrier: organizationRefSchema.nullable(),
  pilotArea: placeRefSchema.nullable(),
  startDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
});
export type ProjectSummary = z.infer<typeof projectSummarySchema>;
export const projectPageSchema = pageSchema(projectSummarySchema);

const phaseSchema = z.object({
  id: z.uuid(),
  title: localizedTextSchema,
  description: localizedTextSchema,
  startDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
  status: z.enum(PHASE_STATUSES).meta({ id: 'PhaseStatus' }),
});
const outputSchema = z.object({ id: z.uuid(), kind: z.enum(OUTPUT_KINDS).meta({ id: 'OutputKind' }), title: localizedTextSchema, url: z.string().nullable(), issuedOn: isoDateSchema.nullable() });
const transferSchema = z.object({
  id: z.uuid(),
  place: placeRefSchema.nullable(),
  context: z.string(),
  tried: localizedTextSchema,
  result: localizedTextSchema,
  rating: z.enum(TRANSFER_RATINGS).meta({ id: 'TransferRating' }),
  assessedOn: isoDateSchema.nullable(),
});

export const projectDetailSchema = projectSummarySchema.extend({
  workspaceId: z.uuid(),
  canEdit: z.boolean(),
  summary: localizedTextSchema,
  goals: localizedTextSchema,
  partnership: z.object({ id: z.uuid(), title: localizedTextSchema }).nullable(),
  budget: z.number().nullable(),
  currency: z.string(),
  website: z.string().nullable(),
  partners: z.array(z.object({ organization: organizationRefSchema, role: z.enum(PROJECT_PARTNER_ROLES).meta({ id: 'ProjectPartnerRole' }) })),
  contacts: z.array(z.object({ id: z.uuid(), role: z.string(), organization: organizationCardSchema.nullable(), person: personCardSchema.nullable() })),
  phases: z.array(phaseSchema),
  outputs: z.array(outputSchema),
  transferability: z.array(transferSchema),
});
export type ProjectDetail = z.infer<typeof projectDetailSchema>;

const idInput = z.uuid().optional();
const phaseInputSchema = z.strictObject({
  id: idInput,
  title: requiredTextSchema,
  description: localizedTextSchema.default({}),
  startDate: isoDateSchema.nullable().default(null),
  endDate: isoDateSchema.nullable().default(null),
  status: z.enum(PHASE_STATUSES).default('planned'),
});
const outputInputSchema = z.strictObject({
  id: idInput,
  kind: z.enum(OUTPUT_KINDS),
  title: requiredTextSchema,
  url: z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' }).nullable().default(null),
  issuedOn: isoDateSchema.nullable().default(null),
});
const transferInputSchema = z.strictObject({
  id: idInput,
  placeId: z.uuid().nullable().default(null),
  context: z.string().max(300).default(''),
  tried: requiredTextSchema,
  result: localizedTextSchema.default({}),
  rating: z.enum(TRANSFER_RATINGS).default('open'),
  assessedOn: isoDateSchema.nullable().default(null),
});
const partnerInputSchema = z.strictObject({ organizationId: z.uuid(), role: z.enum(PROJECT_PARTNER_ROLES).default('partner') });
const contactInputSchema = z
  .strictObject({ organizationId: z.uuid().nullable().default(null), personId: z.uuid().nullable().default(null), role: z.string().max(200).default('') })
  .refine((contact) => contact.organizationId !== null || contact.personId !== null, { error: 'needs an organisation or a person' });

const projectFieldsShape = {
  ...titledRecordShape,
  summary: localizedTextSchema,
  goals: localizedTextSchema,
  status: z.enum(PROJECT_STATUSES),
  historical: z.boolean(),
  carrierOrganizationId: z.uuid().nullable(),
  partnershipId: z.uuid().nullable(),
  pilotAreaPlaceId: z.uuid().nullable(),
  startDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
  budget: moneySchema.nullable(),
  currency: currencySchema,
  website: z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' }).nullable(),
  partners: z.array(partnerInputSchema).max(50),
  contacts: z.array(contactInputSchema).max(20),
  phases: z.array(phaseInputSchema).max(30),
  outputs: z.array(outputInputSchema).max(100),
  transferability: z.array(transferInputSchema).max(50),
};

export const projectCreateSchema = z.strictObject({
  ...newTitledRecordShape,
  summary: localizedTextSchema.default({}),
  goals: localizedTextSchema.default({}),
  status: projectFieldsShape.status.default('planned'),
  historical: projectFieldsShape.historical.default(false).describe('Recorded after the fact'),
  carrierOrganizationId: z.uuid().nullable().default(null),
  partnershipId: z.uuid().nullable().default(null),
  pilotAreaPlaceId: z.uuid().nullable().default(null),
  startDate: isoDateSchema.nullable().default(null),
  endDate: isoDateSchema.nullable().default(null),
  budget: moneySchema.nullable().default(null),
  currency: currencySchema.default('EUR'),
  website: projectFieldsShape.website.default(null),
  partners: projectFieldsShape.partners.default([]),
  contacts: projectFieldsShape.contacts.default([]),
  phases: projectFieldsShape.phases.default([]),
  outputs: projectFieldsShape.outputs.default([]),
  transferability: projectFieldsShape.transferability.default([]),
});
export type ProjectCreate = z.infer<typeof projectCreateSchema>;

export const projectUpdateSchema = changeSchemaOf(projectFieldsShape);
export type ProjectUpdate = z.infer<typeof projectUpdateSchema>;

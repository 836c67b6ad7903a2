import { z } from 'zod';
import { localizedTextSchema } from '../../core/http/common-schemas.js';
import { pageQueryShape, pageSchema } from '../../core/http/pagination.js';
import { exchangeCreateSchema, exchangeSummarySchema } from '../exchanges/exchanges.schemas.js';
import { partnershipLinkSchema } from '../partnerships/partnerships.schemas.js';
import { VISIBILITIES } from '../../core/records/visibilities.js';
import { changeSchemaOf, newRecordScopeShape, textInSomeLanguageSchema, wholeNumberSchema } from '../../core/http/record-fields.js';

const titleSchema = textInSomeLanguageSchema('needs a name in at least one language');
const plannedPartsSchema = wholeNumberSchema(1, 50);

export const programmeListQuerySchema = z.strictObject({
  partnershipId: z.uuid().optional().describe('Only programmes of this partnership'),
  ...pageQueryShape,
});
export type ProgrammeListQuery = z.infer<typeof programmeListQuerySchema>;

export const programmeSummarySchema = z.object({
  id: z.uuid(),
  title: localizedTextSchema,
  visibility: z.enum(VISIBILITIES),
  plannedParts: z.number().int().nullable(),
  partCount: z.number().int(),
  partnership: partnershipLinkSchema.nullable(),
});
export type ProgrammeSummary = z.infer<typeof programmeSummarySchema>;

export const programmePageSchema = pageSchema(programmeSummarySchema);

export const programmeDetailSchema = programmeSummarySchema.extend({
  workspaceId: z.uuid(),
  canEdit: z.boolean(),
  /** The exchanges of the programme in their order; each carries its "part n of m". */
  parts: z.array(exchangeSummarySchema),
});
export type ProgrammeDetail = z.infer<typeof programmeDetailSchema>;

export const programmeCreateSchema = z.strictObject({
  ...newRecordScopeShape,
  title: titleSchema,
  partnershipId: z.uuid().nullable().default(null),
  plannedParts: plannedPartsSchema.nullable().default(null),
});
export type ProgrammeCreate = z.infer<typeof programmeCreateSchema>;

export const programmeUpdateSchema = changeSchemaOf({
  visibility: z.enum(VISIBILITIES),
  title: titleSchema,
  partnershipId: z.uuid().nullable(),
  plannedParts: plannedPartsSchema.nullable(),
});
export type ProgrammeUpdate = z.infer<typeof programmeUpdateSchema>;

export const programmeDeleteQuerySchema = z.strictObject({
  detachParts: z.enum(['true', 'false']).default('false').describe('true: delete the programme and keep its exchanges as single exchanges'),
});

const newPartSchema = exchangeCreateSchema.omit({ workspaceId: true });

export const partAddSchema = z.union([
  z.strictObject({ exchangeId: z.uuid().describe('An existing exchange to add as the next part') }),
  z.strictObject({ exchange: newPartSchema.describe('A new exchange, created in the programme’s workspace as the next part') }),
]);
export type PartAdd = z.infer<typeof partAddSchema>;

export const partOrderSchema = z.strictObject({
  exchangeIds: z.array(z.uuid()).min(1).max(50).describe('All parts of the programme in their new order'),
});
export type PartOrder = z.infer<typeof partOrderSchema>;

export const partParamsSchema = z.strictObject({ id: z.uuid(), exchangeId: z.uuid() });

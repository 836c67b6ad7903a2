import { z } from 'zod';
import { isoDateSchema, localizedTextSchema } from '../../core/http/common-schemas.js';
import { pageQueryShape, pageSchema } from '../../core/http/pagination.js';
import { organizationRefSchema } from '../actors/organizations.schemas.js';
import { placeRefSchema } from '../places/places.schemas.js';
import { VISIBILITIES } from '../workspaces/workspaces.tables.js';
import { DATE_PRECISIONS, PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES } from './partnerships.tables.js';

export const partnershipListQuerySchema = z.strictObject({
  kind: z.enum(PARTNERSHIP_KINDS).optional(),
  status: z.enum(PARTNERSHIP_STATUSES).optional(),
  placeId: z.uuid().optional().describe('Only partnerships in which this place is a party'),
  parentId: z.uuid().optional().describe('Only partnerships inside this one'),
  ...pageQueryShape,
});
export type PartnershipListQuery = z.infer<typeof partnershipListQuerySchema>;

export const partySchema = z.object({
  place: placeRefSchema.nullable(),
  organization: organizationRefSchema.nullable(),
});

const partnershipLinkSchema = z.object({
  id: z.uuid(),
  kind: z.enum(PARTNERSHIP_KINDS),
  title: localizedTextSchema,
});

export const partnershipSummarySchema = z.object({
  id: z.uuid(),
  kind: z.enum(PARTNERSHIP_KINDS),
  title: localizedTextSchema,
  since: isoDateSchema.nullable(),
  sincePrecision: z.enum(DATE_PRECISIONS),
  status: z.enum(PARTNERSHIP_STATUSES),
  visibility: z.enum(VISIBILITIES),
  parentId: z.uuid().nullable(),
  parties: z.array(partySchema),
});
export type PartnershipSummary = z.infer<typeof partnershipSummarySchema>;

export const partnershipPageSchema = pageSchema(partnershipSummarySchema);

export const partnershipDetailSchema = partnershipSummarySchema.extend({
  workspaceId: z.uuid(),
  canEdit: z.boolean().describe('Whether the viewer may change or delete it'),
  description: localizedTextSchema,
  endedOn: isoDateSchema.nullable(),
  parent: partnershipLinkSchema.nullable(),
  children: z.array(partnershipLinkSchema),
});
export type PartnershipDetail = z.infer<typeof partnershipDetailSchema>;

/** "1961", "2018-05" or "2018-05-14": as much of the date as is known. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { error: 'must be YYYY, YYYY-MM or YYYY-MM-DD' });

const partyInputSchema = z.union([
  z.strictObject({ placeId: z.uuid() }),
  z.strictObject({ organizationId: z.uuid() }),
]);

const titleSchema = localizedTextSchema.refine((value) => Object.values(value).some((text) => text.trim().length > 0), {
  error: 'needs a title in at least one language',
});

export const partnershipCreateSchema = z.strictObject({
  workspaceId: z.uuid(),
  visibility: z.enum(VISIBILITIES).default('workspace'),
  kind: z.enum(PARTNERSHIP_KINDS),
  title: titleSchema,
  description: localizedTextSchema.default({}),
  since: partialDateSchema.nullable().default(null),
  status: z.enum(PARTNERSHIP_STATUSES).default('active'),
  endedOn: isoDateSchema.nullable().default(null),
  parentId: z.uuid().nullable().default(null),
  parties: z.array(partyInputSchema).min(2, { error: 'a partnership has at least two parties' }).max(50),
});
export type PartnershipCreate = z.infer<typeof partnershipCreateSchema>;

export const partnershipUpdateSchema = z
  .strictObject({
    visibility: z.enum(VISIBILITIES),
    kind: z.enum(PARTNERSHIP_KINDS),
    title: titleSchema,
    description: localizedTextSchema,
    since: partialDateSchema.nullable(),
    status: z.enum(PARTNERSHIP_STATUSES),
    endedOn: isoDateSchema.nullable(),
    parentId: z.uuid().nullable(),
    parties: z.array(partyInputSchema).min(2, { error: 'a partnership has at least two parties' }).max(50),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, { error: 'name at least one field to change' });
export type PartnershipUpdate = z.infer<typeof partnershipUpdateSchema>;

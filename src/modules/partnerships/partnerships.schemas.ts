import { z } from 'zod';
import { isoDateSchema, localizedTextSchema } from '../../core/http/common-schemas.js';
import { pageQueryShape, pageSchema } from '../../core/http/pagination.js';
import { organizationRefSchema } from '../actors/organizations.schemas.js';
import { placeRefSchema } from '../places/places.schemas.js';
import { themeRefSchema } from '../themes/themes.schemas.js';
import { VISIBILITIES } from '../../core/records/visibilities.js';
import { DATE_PRECISIONS, PARTNERSHIP_STATUSES } from './partnerships.tables.js';
import { PARTNERSHIP_KINDS } from './partnerships.types.js';
import { changeSchemaOf, newRecordScopeShape, textInSomeLanguageSchema, wholeNumberSchema } from '../../core/http/record-fields.js';

export const partnershipListQuerySchema = z.strictObject({
  kind: z.enum(PARTNERSHIP_KINDS).optional(),
  status: z.enum(PARTNERSHIP_STATUSES).optional(),
  placeId: z.uuid().optional().describe('Only partnerships in which this place is a party'),
  parentId: z.uuid().optional().describe('Only partnerships inside this one'),
  themeId: z.uuid().optional().describe('Only partnerships working on this theme'),
  q: z.string().trim().min(1).max(100).optional().describe('Only partnerships whose title contains this text in any language'),
  ...pageQueryShape,
});
export type PartnershipListQuery = z.infer<typeof partnershipListQuerySchema>;

export const partySchema = z.object({
  id: z.uuid(),
  place: placeRefSchema.nullable(),
  organization: organizationRefSchema.nullable(),
});

export const partnershipLinkSchema = z.object({
  id: z.uuid(),
  kind: z.enum(PARTNERSHIP_KINDS),
  title: localizedTextSchema,
});

export const partnershipSummarySchema = z.object({
  id: z.uuid(),
  kind: z.enum(PARTNERSHIP_KINDS).meta({ id: 'PartnershipKind' }),
  title: localizedTextSchema,
  since: isoDateSchema.nullable(),
  sincePrecision: z.enum(DATE_PRECISIONS),
  status: z.enum(PARTNERSHIP_STATUSES).meta({ id: 'PartnershipStatus' }),
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
  /** District and project partnerships inside this one, each with its newest timeline entry. */
  children: z.array(
    partnershipLinkSchema.extend({
      latestActivity: z
        .object({ type: z.string(), date: isoDateSchema, title: localizedTextSchema, path: z.string() })
        .nullable(),
    }),
  ),
  themes: z.array(themeRefSchema),
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

const titleSchema = textInSomeLanguageSchema('needs a title in at least one language');

export const partnershipCreateSchema = z.strictObject({
  ...newRecordScopeShape,
  kind: z.enum(PARTNERSHIP_KINDS),
  title: titleSchema,
  description: localizedTextSchema.default({}),
  since: partialDateSchema.nullable().default(null),
  status: z.enum(PARTNERSHIP_STATUSES).default('active'),
  endedOn: isoDateSchema.nullable().default(null),
  parentId: z.uuid().nullable().default(null),
  parties: z.array(partyInputSchema).min(2, { error: 'a partnership has at least two parties' }).max(50),
  themeIds: z.array(z.uuid()).max(50).default([]),
});
export type PartnershipCreate = z.infer<typeof partnershipCreateSchema>;

export const partnershipUpdateSchema = changeSchemaOf({
  visibility: z.enum(VISIBILITIES),
  kind: z.enum(PARTNERSHIP_KINDS),
  title: titleSchema,
  description: localizedTextSchema,
  since: partialDateSchema.nullable(),
  status: z.enum(PARTNERSHIP_STATUSES),
  endedOn: isoDateSchema.nullable(),
  parentId: z.uuid().nullable(),
  parties: z.array(partyInputSchema).min(2, { error: 'a partnership has at least two parties' }).max(50),
  themeIds: z.array(z.uuid()).max(50),
});
export type PartnershipUpdate = z.infer<typeof partnershipUpdateSchema>;

export const partnershipMapQuerySchema = z.strictObject({
  kind: z.enum(PARTNERSHIP_KINDS).optional(),
  status: z.enum(PARTNERSHIP_STATUSES).optional(),
  themeId: z.uuid().optional(),
  limit: wholeNumberSchema(1, 500, { coerce: true }).default(500),
  cursor: z.string().max(500).optional(),
});
export type PartnershipMapQuery = z.infer<typeof partnershipMapQuerySchema>;

export const partnershipMapItemSchema = z.object({
  id: z.uuid(),
  kind: z.enum(PARTNERSHIP_KINDS),
  title: localizedTextSchema,
  status: z.enum(PARTNERSHIP_STATUSES),
  since: isoDateSchema.nullable(),
  sincePrecision: z.enum(DATE_PRECISIONS),
  /** The parties' places (an organization's seat) that have coordinates, in party order. */
  places: z.array(placeRefSchema),
});
export type PartnershipMapItem = z.infer<typeof partnershipMapItemSchema>;
export const partnershipMapPageSchema = z.object({
  items: z.array(partnershipMapItemSchema),
  nextCursor: z.string().nullable(),
  /** Partnerships of this page left out because fewer than two of their places have coordinates. */
  withoutCoordinates: z.number().int(),
});
export type PartnershipLink = z.infer<typeof partnershipLinkSchema>;

/** An entry of a partnership's timeline, whatever module it comes from. */
export const timelineEntrySchema = z.object({
  type: z.string().describe('What the entry is: exchange, project_group …'),
  id: z.uuid(),
  date: isoDateSchema,
  endDate: isoDateSchema.nullable(),
  title: localizedTextSchema,
  kind: z.string().nullable().describe('The kind within its type, e.g. delegation_visit for an exchange'),
  status: z.string().nullable(),
  place: placeRefSchema.nullable(),
  /** Its position in a series or programme ("part 2 of 3"), for entries that have one. */
  series: z.object({ title: localizedTextSchema, part: z.number().int(), plannedParts: z.number().int().nullable() }).nullable(),
  /** Where the entry is shown in the web app. */
  path: z.string(),
  /** The partnership the entry belongs to: this one or, with includeChildren, one inside it. */
  partnershipId: z.uuid().optional(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const timelinePageSchema = pageSchema(timelineEntrySchema);

export const timelineQuerySchema = z.strictObject({
  order: z.enum(['oldest', 'newest']).default('oldest'),
  type: z.string().regex(/^[a-z_]{1,40}$/).optional().describe('Only entries of this type'),
  includeChildren: z.enum(['true', 'false']).optional().describe('true: also the entries of the district and project partnerships inside this one'),
  ...pageQueryShape,
});
export type TimelineQuery = z.infer<typeof timelineQuerySchema>;

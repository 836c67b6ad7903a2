import { z } from 'zod';
import { wholeNumberSchema } from '../../core/http/record-fields.js';
import { isoDateSchema, localizedTextSchema } from '../../core/http/common-schemas.js';
import { pageQueryShape } from '../../core/http/pagination.js';

export const ACTOR_KINDS = ['organization', 'person', 'place'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** The kinds of records an actor can be involved in, in the order the pages group them. */
export const INVOLVEMENT_KINDS = ['partnership', 'network', 'exchange', 'project', 'plan', 'measure', 'grant', 'document'] as const;
export type InvolvementKind = (typeof INVOLVEMENT_KINDS)[number];

export const involvementEntrySchema = z.object({
  kind: z.enum(INVOLVEMENT_KINDS).meta({ id: 'InvolvementKind' }),
  id: z.uuid(),
  /** The day the involvement started: an exchange's first day, a project's start, a document's date … */
  date: isoDateSchema,
  endDate: isoDateSchema.nullable(),
  title: localizedTextSchema,
  /** The kind within its kind of record, e.g. conference for an exchange; a code the web app names. */
  subkind: z.string().nullable(),
  /** Every role the actor has in the record, as codes of the record kind's role list (host, client …). */
  roles: z.array(z.string()),
  /** Where the record is shown in the web app. */
  path: z.string(),
});
export type InvolvementEntry = z.infer<typeof involvementEntrySchema>;

export const involvementQuerySchema = z.strictObject({
  kind: z.enum(INVOLVEMENT_KINDS).optional().describe('Only records of this kind'),
  year: wholeNumberSchema(1900, 2100, { coerce: true, error: 'must be a year from 1900 to 2100' })
    .optional()
    .describe('Only involvement in that year (records whose period touches it)'),
  ...pageQueryShape,
});
export type InvolvementQuery = z.infer<typeof involvementQuerySchema>;

export const involvementPageSchema = z.object({
  /** How many records of each kind, with the year filter, the viewer may read. */
  counts: z.array(z.object({ kind: z.enum(INVOLVEMENT_KINDS), count: z.number().int() })),
  items: z.array(involvementEntrySchema),
  nextCursor: z.string().nullable(),
});
export type InvolvementPage = z.infer<typeof involvementPageSchema>;

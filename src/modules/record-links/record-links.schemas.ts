import { z } from 'zod';
import { localizedTextSchema } from '../../core/http/common-schemas.js';
import { EXCHANGE_RELATION_KINDS } from './record-links.tables.js';

export const LINK_KINDS = ['project', ...EXCHANGE_RELATION_KINDS] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
export const LINKED_RECORD_TYPES = ['exchange', 'project', 'action_plan'] as const;
export type LinkedRecordType = (typeof LINKED_RECORD_TYPES)[number];

export const recordLinksQuerySchema = z.strictObject({
  recordType: z.enum(LINKED_RECORD_TYPES),
  recordId: z.uuid(),
});
export type RecordLinksQuery = z.infer<typeof recordLinksQuerySchema>;

export const recordLinkSchema = z.object({
  id: z.uuid(),
  kind: z.enum(LINK_KINDS).meta({ id: 'RecordLinkKind', description: 'project: the exchange or plan belongs with the project; the others relate one exchange to another' }),
  direction: z.enum(['outgoing', 'incoming']).describe('outgoing: the record asked about is the one that accompanies, follows up, or belongs with the project'),
  owner: z.object({ recordType: z.enum(['exchange', 'action_plan']), id: z.uuid() }).describe('The record the link is kept with; its editors remove it'),
  record: z.object({ id: z.uuid(), recordType: z.enum(LINKED_RECORD_TYPES), title: localizedTextSchema, path: z.string() }).describe('The record at the other end'),
  outcome: z.object({ id: z.uuid(), text: localizedTextSchema }).nullable().describe('The outcome of the exchange that feeds into the project, if the link is for one outcome'),
  canRemove: z.boolean(),
});
export type RecordLink = z.infer<typeof recordLinkSchema>;

export const recordLinkListSchema = z.object({ items: z.array(recordLinkSchema) });

export const exchangeLinkCreateSchema = z.strictObject({
  kind: z.enum(LINK_KINDS),
  targetId: z.uuid().describe('The project (kind project) or the other exchange'),
  outcomeId: z.uuid().nullable().default(null).describe('For kind project: one outcome of this exchange that feeds into the project'),
});
export type ExchangeLinkCreate = z.infer<typeof exchangeLinkCreateSchema>;

export const planProjectCreateSchema = z.strictObject({ projectId: z.uuid() });

export const linkParamsSchema = z.strictObject({ id: z.uuid(), linkId: z.uuid() });

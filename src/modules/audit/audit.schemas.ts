import { z } from 'zod';
import { pageQueryShape, pageSchema } from '../../core/http/pagination.js';
import { ACTOR_KINDS, AUDIT_ACTIONS } from './audit.tables.js';

export const HISTORY_ENTITY_TYPES = ['place', 'organization', 'person', 'theme'] as const;

export const historyQuerySchema = z.strictObject({
  entityType: z.enum(HISTORY_ENTITY_TYPES),
  entityId: z.uuid(),
  ...pageQueryShape,
});
export type HistoryQuery = z.infer<typeof historyQuerySchema>;

export const historyEntrySchema = z.object({
  id: z.number().int(),
  occurredAt: z.iso.datetime(),
  action: z.enum(AUDIT_ACTIONS),
  actorKind: z.enum(ACTOR_KINDS),
  actorName: z.string().nullable(),
  label: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  /** For merges: the id of the record merged into this one, and whether the merge was undone. */
  mergedRecordId: z.uuid().nullable(),
  undone: z.boolean(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export const historyPageSchema = pageSchema(historyEntrySchema);

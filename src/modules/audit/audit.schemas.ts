import { z } from 'zod';
import { exportLanguageShape } from '../../core/export/export-query.js';
import { isoDateSchema } from '../../core/http/common-schemas.js';
import { pageQueryShape, pageSchema } from '../../core/http/pagination.js';
import { ACTOR_KINDS, AUDIT_ACTIONS } from './audit.tables.js';

export const auditEventSchema = z.object({
  id: z.number().int(),
  occurredAt: z.date(),
  actor: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  actorKind: z.enum(ACTOR_KINDS),
  action: z.enum(AUDIT_ACTIONS).meta({ id: 'AuditAction' }),
  entityType: z.string(),
  entityId: z.uuid(),
  label: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  requestId: z.string().nullable(),
  /** For merges: the record merged into this one, and whether the merge was undone since. */
  mergedRecordId: z.uuid().nullable(),
  undone: z.boolean(),
  /** The records named by ids in `before` and `after` that the viewer may see, by their current names. */
  references: z.array(
    z.object({
      id: z.uuid(),
      recordType: z.string(),
      title: z.record(z.string(), z.string()),
      path: z.string().describe('Where the web app shows the record'),
    }),
  ),
});
export type AuditEventView = z.infer<typeof auditEventSchema>;

export const auditPageSchema = pageSchema(auditEventSchema);

const filterShape = {
  entityType: z.string().regex(/^[a-z_]{1,40}$/).optional(),
  entityId: z.uuid().optional(),
  actorId: z.uuid().optional().describe('Only changes by this user'),
  action: z.enum(AUDIT_ACTIONS).optional(),
  from: isoDateSchema.optional().describe('Changes on or after this day'),
  to: isoDateSchema.optional().describe('Changes on or before this day'),
};

export const workspaceAuditQuerySchema = z.strictObject({ ...filterShape, ...pageQueryShape });
export type WorkspaceAuditQuery = z.infer<typeof workspaceAuditQuerySchema>;
export const workspaceAuditExportQuerySchema = z.strictObject({ ...filterShape, ...exportLanguageShape });
export type WorkspaceAuditExportQuery = z.infer<typeof workspaceAuditExportQuerySchema>;

export const historyQuerySchema = z.strictObject({ ...pageQueryShape });

import { pickFields } from '../../core/records/pick-fields.js';
import type { AuditEventWithActor } from './audit.repository.js';
import type { AuditEventView } from './audit.schemas.js';

export function presentAuditEvent(row: AuditEventWithActor, undone: ReadonlySet<number> = new Set()): Omit<AuditEventView, 'references'> {
  const after = row.after as Record<string, unknown> | null;
  const isMerge = row.action === 'merge';
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    actor: row.actorUserId && row.actorName ? { id: row.actorUserId, displayName: row.actorName } : null,
    ...pickFields(row, ['actorKind', 'action', 'entityType', 'entityId', 'label']),
    before: row.before ?? null,
    // A merge keeps the merged record whole, for its undo; the history shows what it became.
    after: isMerge ? { mergedInto: after?.mergedInto ?? null, into: after?.into ?? null } : (after ?? null),
    requestId: row.requestId,
    mergedRecordId: isMerge && typeof after?.mergedRecordId === 'string' ? after.mergedRecordId : null,
    undone: undone.has(row.id),
  };
}

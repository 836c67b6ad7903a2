import type { AuditEventWithActor } from './audit.repository.js';
import type { AuditEventView } from './audit.schemas.js';

export function presentAuditEvent(row: AuditEventWithActor): AuditEventView {
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    actor: row.actorUserId && row.actorName ? { id: row.actorUserId, displayName: row.actorName } : null,
    actorKind: row.actorKind,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    label: row.label,
    before: row.before ?? null,
    after: row.after ?? null,
    requestId: row.requestId,
  };
}

import type { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from './auditEnums';

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** One recorded change: who did what to which record, with its values before and after. */
export interface AuditEvent {
  id: number;
  occurredAt: string;
  actor: { id: string; displayName: string } | null;
  /** `token`: made through an API token; `system`: by the application itself. */
  actorKind: 'user' | 'token' | 'system';
  action: AuditAction;
  entityType: string;
  entityId: string;
  /** The record's name at the time. */
  label: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
  /** For merges: the record merged into this one, and whether the merge was undone since. */
  mergedRecordId: string | null;
  undone: boolean;
  /** Records named by ids in `before`/`after` that the viewer may see, by their current names. */
  references: RecordReference[];
}

export interface RecordReference {
  id: string;
  recordType: string;
  title: Record<string, string>;
  /** Where the web app shows the record. */
  path: string;
}

export interface AuditFilters {
  entityType?: AuditEntityType;
  action?: AuditAction;
  actorId?: string;
  /** Days, `YYYY-MM-DD`, both included. */
  from?: string;
  to?: string;
}

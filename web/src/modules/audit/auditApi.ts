import { api, dataOf } from '../../lib/api/client';
import { enumValues, type QueryOf, type ResponseOf } from '../../lib/api/contract';

/** One recorded change: who did what to which record, with its values before and after. */
export type AuditEvent = ResponseOf<'/api/workspaces/{id}/audit'>['items'][number];
export type RecordReference = AuditEvent['references'][number];
export type AuditAction = AuditEvent['action'];
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
export type AuditFilters = Omit<QueryOf<'/api/workspaces/{id}/audit'>, 'limit' | 'cursor' | 'entityId' | 'entityType'> & { entityType?: AuditEntityType };

export const AUDIT_ACTIONS = enumValues<AuditAction>()(['create', 'update', 'delete', 'merge', 'restore']);
/** The kinds of record whose changes land in a workspace's log (the filter offers these). */
export const AUDIT_ENTITY_TYPES = ['partnership', 'exchange', 'network', 'workspace', 'membership', 'invitation'] as const;

export const auditKeys = {
  log: (workspaceId: string, filters: AuditFilters) => ['audit', workspaceId, filters] as const,
};

export const auditApi = {
  log: (workspaceId: string, query: QueryOf<'/api/workspaces/{id}/audit'>, signal?: AbortSignal) =>
    dataOf(api.GET('/api/workspaces/{id}/audit', { params: { path: { id: workspaceId }, query }, signal })),
};

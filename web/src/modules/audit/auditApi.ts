import { apiGet } from '../../lib/api/apiGet';
import { api, dataOf } from '../../lib/api/client';
import type { Page } from '../../lib/api/types';
import type { QueryOf, ResponseOf } from '../../lib/api/contract';

/** One recorded change: who did what to which record, with its values before and after. */
export type AuditEvent = ResponseOf<'/api/workspaces/{id}/audit'>['items'][number];
export type RecordReference = AuditEvent['references'][number];
export type AuditAction = AuditEvent['action'];
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
export type AuditFilters = Omit<QueryOf<'/api/workspaces/{id}/audit'>, 'limit' | 'cursor' | 'entityId' | 'entityType'> & { entityType?: AuditEntityType };

/** The kinds of record whose changes land in a workspace's log (the filter offers these). */
export const AUDIT_ENTITY_TYPES = ['partnership', 'exchange', 'network', 'workspace', 'membership', 'invitation'] as const;

export const auditKeys = {
  /** Every record's history; a change of a record invalidates these. */
  histories: ['history'] as const,
  history: (path: string) => ['history', path] as const,
  log: (workspaceId: string, filters: AuditFilters) => ['audit', workspaceId, filters] as const,
};

export const auditApi = {
  /** The changes of one record (`path` e.g. `/partnerships/<id>/history`). */
  history: (path: string, query: { limit: number; cursor?: string }, signal?: AbortSignal) => apiGet<Page<AuditEvent>>(path, query, signal),
  log: (workspaceId: string, query: QueryOf<'/api/workspaces/{id}/audit'>, signal?: AbortSignal) =>
    dataOf(api.GET('/api/workspaces/{id}/audit', { params: { path: { id: workspaceId }, query }, signal })),
};

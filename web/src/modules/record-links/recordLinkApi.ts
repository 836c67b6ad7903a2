import { api, dataOf } from '../../lib/api/client';
import type { DraftOf, ResponseOf } from '../../lib/api/contract';

export type RecordLink = ResponseOf<'/api/record-links'>['items'][number];
export type LinkKind = RecordLink['kind'];
export type LinkedRecordType = RecordLink['record']['recordType'];
/** The records a link is kept with (an exchange or an action plan); its editors remove it. */
export type LinkOwnerType = RecordLink['owner']['recordType'];

/**
 * Query keys of the links of a record. A link shows on the pages of both records (and their
 * timelines), so a change invalidates every query.
 */
export const recordLinkKeys = {
  of: (recordType: LinkedRecordType, recordId: string) => ['record-links', recordType, recordId] as const,
};

export const recordLinkApi = {
  list: (recordType: LinkedRecordType, recordId: string, signal?: AbortSignal) => dataOf(api.GET('/api/record-links', { params: { query: { recordType, recordId } }, signal })),
  /** Links an exchange with a project (optionally through one of its outcomes) or with another exchange. */
  linkExchange: (exchangeId: string, body: DraftOf<'/api/exchanges/{id}/links', 'post'>) => dataOf(api.POST('/api/exchanges/{id}/links', { params: { path: { id: exchangeId } }, body })),
  linkPlanToProject: (planId: string, projectId: string) => dataOf(api.POST('/api/action-plans/{id}/projects', { params: { path: { id: planId } }, body: { projectId } })),
  /** Removes a link from the record that keeps it. */
  remove: (link: RecordLink) =>
    link.owner.recordType === 'exchange'
      ? dataOf(api.DELETE('/api/exchanges/{id}/links/{linkId}', { params: { path: { id: link.owner.id, linkId: link.id } } }))
      : dataOf(api.DELETE('/api/action-plans/{id}/projects/{linkId}', { params: { path: { id: link.owner.id, linkId: link.id } } })),
};

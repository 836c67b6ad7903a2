import { registerTimelineRows } from '../../partnerships/partnerships.service.js';
import { listPartnershipDocumentRows } from './documents.repository.js';

/** Documents linked to a partnership on its timeline, at their publication date (or the day they were added). */
export function registerDocumentTimelineSource(): void {
  registerTimelineRows('document', {
    rows: (tx, ctx, partnershipId, window) => listPartnershipDocumentRows(tx, ctx.viewer, partnershipId, window),
    entry: (row) => ({ id: row.id, date: row.sortDate, title: { [row.language]: row.title }, kind: row.kind, path: `/documents/${row.id}` }),
  });
}

import { beyondPosition, registerTimelineSource, type TimelineEntry } from '../../partnerships/partnerships.service.js';
import { listPartnershipDocumentRows } from './documents.repository.js';

/** Documents linked to a partnership on its timeline, at their publication date (or the day they were added). */
export function registerDocumentTimelineSource(): void {
  registerTimelineSource({
    type: 'document',
    async list(ctx, partnershipId, page): Promise<TimelineEntry[]> {
      return ctx.transaction(async (tx, ctx) => {
        const rows = await listPartnershipDocumentRows(tx, ctx.viewer, partnershipId, {
          limit: page.limit,
          newest: page.newest,
          after: page.after ? beyondPosition('document', page.after, page.newest) : undefined,
        });
        return rows.map((row) => ({
          type: 'document',
          id: row.id,
          date: row.sortDate,
          endDate: null,
          title: { [row.language]: row.title },
          kind: row.kind,
          status: null,
          place: null,
          series: null,
          path: `/documents/${row.id}`,
        }));
      });
    },
  });
}

import { beyondPosition, registerTimelineSource, type TimelineEntry } from '../partnerships/partnership-timeline.js';
import { placeRefsByIds } from '../places/places.service.js';
import { listPartnershipExchangeRows } from './exchanges.repository.js';

/** Exchanges on a partnership's timeline, at their start date. */
export function registerExchangeTimelineSource(): void {
  registerTimelineSource({
    type: 'exchange',
    async list(ctx, partnershipId, page): Promise<TimelineEntry[]> {
      return ctx.transaction(async (tx, ctx) => {
        const rows = await listPartnershipExchangeRows(tx, ctx.viewer, partnershipId, {
          limit: page.limit,
          newest: page.newest,
          after: page.after ? beyondPosition('exchange', page.after, page.newest) : undefined,
        });
        const places = await placeRefsByIds(ctx, rows.map((row) => row.venuePlaceId));
        return rows.map((row) => ({
          type: 'exchange',
          id: row.id,
          date: row.startDate,
          endDate: row.endDate,
          title: row.title,
          kind: row.kind,
          status: row.status,
          place: (row.venuePlaceId && places.get(row.venuePlaceId)) || null,
          path: `/exchanges/${row.id}`,
        }));
      });
    },
  });
}

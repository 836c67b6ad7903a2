import { beyondPosition, registerTimelineSource, type TimelineEntry } from '../partnerships/partnerships.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { findSeriesRows, listPartnershipExchangeRows } from './exchanges.repository.js';

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
        const series = new Map((await findSeriesRows(tx, [...new Set(rows.flatMap((row) => (row.seriesId ? [row.seriesId] : [])))])).map((entry) => [entry.id, entry]));
        return rows.map((row) => ({
          type: 'exchange',
          id: row.id,
          date: row.startDate,
          endDate: row.endDate,
          title: row.title,
          kind: row.kind,
          status: row.status,
          place: (row.venuePlaceId && places.get(row.venuePlaceId)) || null,
          series: (() => {
            const entry = row.seriesId ? series.get(row.seriesId) : undefined;
            return entry && row.seriesPart !== null ? { title: entry.title, part: row.seriesPart, plannedParts: entry.plannedParts } : null;
          })(),
          path: `/exchanges/${row.id}`,
        }));
      });
    },
  });
}

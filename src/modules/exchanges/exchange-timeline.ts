import { registerTimelineRows } from '../partnerships/partnerships.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { findSeriesRows, listPartnershipExchangeRows } from './exchanges.repository.js';

/** Exchanges on a partnership's timeline, at their start date. */
export function registerExchangeTimelineSource(): void {
  registerTimelineRows('exchange', {
    rows: (tx, ctx, partnershipId, window) => listPartnershipExchangeRows(tx, ctx.viewer, partnershipId, window),
    lookups: async (tx, ctx, rows) => ({
      places: await placeRefsByIds(ctx, rows.map((row) => row.venuePlaceId)),
      series: new Map((await findSeriesRows(tx, [...new Set(rows.flatMap((row) => (row.seriesId ? [row.seriesId] : [])))])).map((entry) => [entry.id, entry])),
    }),
    entry: (row, _partnershipId, { places, series }) => {
      const entry = row.seriesId ? series.get(row.seriesId) : undefined;
      return {
        id: row.id,
        date: row.startDate,
        endDate: row.endDate,
        title: row.title,
        kind: row.kind,
        status: row.status,
        place: (row.venuePlaceId && places.get(row.venuePlaceId)) || null,
        series: entry && row.seriesPart !== null ? { title: entry.title, part: row.seriesPart, plannedParts: entry.plannedParts } : null,
        path: `/exchanges/${row.id}`,
      };
    },
  });
}

import type { ServiceContext } from '../../core/service-context.js';
import { organizationFactsByIds } from '../actors/organizations.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { themeRefsByIds } from '../themes/themes.service.js';
import { exchangesPerTheme, exchangesPerYear } from './exchanges.repository.js';
import type { Statistics, StatisticsQuery } from './exchanges.schemas.js';
import { participantsByCountry } from './registrations.repository.js';

/** Figures for the dashboard over the exchanges the viewer may see (cancelled ones left out). */
export async function exchangeStatistics(ctx: ServiceContext, query: StatisticsQuery): Promise<Statistics> {
  const to = query.to ?? new Date().getUTCFullYear();
  const from = query.from ?? to - 10;
  const scope = { from: `${Math.min(from, to)}-01-01`, to: `${Math.max(from, to)}-12-31`, workspaceId: query.workspaceId };
  return ctx.transaction(async (tx, ctx) => {
    const perYear = await exchangesPerYear(tx, ctx.viewer, scope);
    const perTheme = await exchangesPerTheme(tx, ctx.viewer, scope, 15);
    const themes = await themeRefsByIds(ctx, perTheme.map((row) => row.themeId));
    const participants = await participantsByCountry(tx, ctx.viewer, scope);
    const places = await placeRefsByIds(ctx, participants.delegated.map((row) => row.fromPlaceId));
    const organizations = await organizationFactsByIds(ctx, participants.delegated.map((row) => row.fromOrganizationId));
    const byCountry = new Map<string | null, number>();
    const add = (country: string | null, count: number) => byCountry.set(country, (byCountry.get(country) ?? 0) + count);
    for (const row of participants.registered) add(row.countryCode?.trim() || null, row.count);
    for (const row of participants.delegated) {
      const country = (row.fromPlaceId && places.get(row.fromPlaceId)?.countryCode) || (row.fromOrganizationId && organizations.get(row.fromOrganizationId)?.countryCode) || null;
      add(country, row.count);
    }
    const countries = [...byCountry]
      .map(([countryCode, count]) => ({ countryCode, count }))
      .sort((a, b) => b.count - a.count || String(a.countryCode).localeCompare(String(b.countryCode)));
    return {
      from: Math.min(from, to),
      to: Math.max(from, to),
      exchangesPerYear: perYear,
      participantsByCountry: countries,
      themes: perTheme.flatMap((row) => (themes.has(row.themeId) ? [{ theme: themes.get(row.themeId)!, count: row.count }] : [])),
      totals: {
        exchanges: perYear.reduce((sum, row) => sum + row.count, 0),
        participants: countries.reduce((sum, row) => sum + row.count, 0),
        countries: countries.filter((row) => row.countryCode !== null).length,
      },
    };
  });
}

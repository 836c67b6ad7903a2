import type { ExportLanguage } from '../../core/export/export-language.js';
import type { ServiceContext } from '../../core/service-context.js';
import { findPublishableAffiliations, findPublishablePeople, findPublishedOrganizations } from '../actors/actors.service.js';
import { organizationRefsByIds } from '../actors/organizations.service.js';
import { findHostAndOrganizerRows, findPublishedExchangeRows } from '../exchanges/exchanges.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { presentPopoloEvent, presentPopoloMembership, presentPopoloOrganization, presentPopoloPerson } from './popolo.presenter.js';

/** The organisations the viewer may see, as Popolo organisations. */
export async function popoloOrganizations(ctx: ServiceContext, language: ExportLanguage) {
  return ctx.transaction(async (tx, ctx) => (await findPublishedOrganizations(tx, ctx.viewer)).map((row) => presentPopoloOrganization(row, language)));
}

/** The people whose data may be published (see `publishable`), as Popolo persons, without contact data. */
export async function popoloPersons(ctx: ServiceContext) {
  return ctx.transaction(async (tx, ctx) => (await findPublishablePeople(tx, ctx.viewer)).map(presentPopoloPerson));
}

/** Affiliations of those people with organisations the viewer may see, as Popolo memberships. */
export async function popoloMemberships(ctx: ServiceContext) {
  return ctx.transaction(async (tx, ctx) => (await findPublishableAffiliations(tx, ctx.viewer)).map(presentPopoloMembership));
}

/** Exchanges as Popolo events, with their venue and their host (or organiser, among those the viewer may see) as the organisation. */
export async function popoloEvents(ctx: ServiceContext, language: ExportLanguage) {
  return ctx.transaction(async (tx, ctx) => {
    const rows = await findPublishedExchangeRows(tx, ctx.viewer);
    const venues = await placeRefsByIds(ctx, rows.map((row) => row.venuePlaceId));
    const candidates = await findHostAndOrganizerRows(tx, rows.map((row) => row.id));
    const visible = await organizationRefsByIds(ctx, candidates.map((row) => row.organizationId));
    const hosts = new Map<string, string>();
    for (const row of candidates) if (visible.has(row.organizationId) && !hosts.has(row.exchangeId)) hosts.set(row.exchangeId, row.organizationId);
    return rows.map((row) => {
      const venue = row.venuePlaceId ? venues.get(row.venuePlaceId) : undefined;
      return presentPopoloEvent({ ...row, venue: venue ? { name: venue.name, names: venue.names ?? {} } : null }, hosts.get(row.id) ?? null, language);
    });
  });
}

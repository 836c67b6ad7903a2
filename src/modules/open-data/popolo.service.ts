import type { ExportLanguage } from '../../core/export/export-language.js';
import type { ServiceContext } from '../../core/service-context.js';
import { presentPopoloEvent, presentPopoloMembership, presentPopoloOrganization, presentPopoloPerson } from './popolo.presenter.js';
import { findHostOrganizations, findPopoloAffiliations, findPopoloExchanges, findPopoloOrganizations, findPopoloPeople } from './popolo.repository.js';

/** The organisations the viewer may see, as Popolo organisations. */
export async function popoloOrganizations(ctx: ServiceContext, language: ExportLanguage) {
  return ctx.transaction(async (tx, ctx) => (await findPopoloOrganizations(tx, ctx.viewer)).map((row) => presentPopoloOrganization(row, language)));
}

/** The people whose data may be published (see `publishable`), as Popolo persons, without contact data. */
export async function popoloPersons(ctx: ServiceContext) {
  return ctx.transaction(async (tx, ctx) => (await findPopoloPeople(tx, ctx.viewer)).map(presentPopoloPerson));
}

/** Affiliations of those people with organisations the viewer may see, as Popolo memberships. */
export async function popoloMemberships(ctx: ServiceContext) {
  return ctx.transaction(async (tx, ctx) => (await findPopoloAffiliations(tx, ctx.viewer)).map(presentPopoloMembership));
}

/** Exchanges as Popolo events, with their host (or organiser) as the organisation. */
export async function popoloEvents(ctx: ServiceContext, language: ExportLanguage) {
  return ctx.transaction(async (tx, ctx) => {
    const rows = await findPopoloExchanges(tx, ctx.viewer);
    const hosts = await findHostOrganizations(tx, ctx.viewer, rows.map((row) => row.id));
    return rows.map((row) => presentPopoloEvent(row, hosts.get(row.id) ?? null, language));
  });
}

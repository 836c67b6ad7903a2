import { requireRead, roleIn } from '../../core/auth/policy.js';
import { forbidden, unauthorized } from '../../core/errors.js';
import type { Page } from '../../core/http/pagination.js';
import { sortedPage } from '../../core/sorted-page.js';
import type { ServiceContext } from '../../core/service-context.js';
import { nameInLanguage } from '../../core/text/name-in-language.js';
import { organizationFactsByIds } from '../actors/organizations.service.js';
import { participantFactsByIds } from '../actors/people.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { presentParticipation } from './exchanges.presenter.js';
import { presentRegistration } from './registrations.presenter.js';
import { findDelegationRows, findExchangeRow, type ExchangeRow } from './exchanges.repository.js';
import { countedBreakdown, countRegistrationsByState, listRegistrationRows, type RegistrationRow } from './registrations.repository.js';
import type { ParticipantSummary, Registration, RegistrationListQuery } from './registrations.schemas.js';

/**
 * Participant lists hold personal data: members of the exchange's workspace (guests included)
 * read them; everyone else who may read the exchange gets 403, the others 404.
 */
export function requireParticipantAccess(ctx: ServiceContext, exchange: ExchangeRow | undefined, id: string): ExchangeRow {
  const row = requireRead(ctx.viewer, exchange, 'Exchange', id);
  if (ctx.viewer.kind === 'system' || roleIn(ctx.viewer, row.workspaceId)) return row;
  throw ctx.viewer.kind === 'anonymous' ? unauthorized('Sign in to see who takes part') : forbidden('Only members of the exchange’s workspace see who takes part');
}

export async function presentRegistrations(ctx: ServiceContext, rows: RegistrationRow[]): Promise<Registration[]> {
  const people = await participantFactsByIds(ctx, rows.map((row) => row.personId));
  const organizations = await organizationFactsByIds(ctx, rows.map((row) => row.organizationId));
  return rows.map((row) => presentRegistration(row, people, organizations));
}

export function listRegistrations(ctx: ServiceContext, exchangeId: string, query: RegistrationListQuery): Promise<Page<Registration>> {
  return sortedPage(ctx, query, {
    column: 'registeredAt',
    rows: async (tx, ctx, window) => {
      requireParticipantAccess(ctx, await findExchangeRow(tx, exchangeId), exchangeId);
      return listRegistrationRows(tx, exchangeId, query, window);
    },
    cursorOf: (row) => [row.queuePosition, row.id],
    present: async (shown, _tx, ctx) => {
      const byId = new Map((await presentRegistrations(ctx, shown)).map((registration) => [registration.id, registration]));
      return (row) => byId.get(row.id)!;
    },
  });
}

const EXPORT_PAGE = 500;

/**
 * A participant export: access is checked, the delegations are named and the first page is read
 * in one transaction; later pages follow in transactions of their own while the file streams.
 */
export async function openParticipantExport(ctx: ServiceContext, exchangeId: string, filter: Omit<RegistrationListQuery, 'limit' | 'cursor'>, language: string) {
  const first = await ctx.transaction(async (tx, ctx) => {
    const exchange = requireParticipantAccess(ctx, await findExchangeRow(tx, exchangeId), exchangeId);
    const delegations = await findDelegationRows(tx, exchangeId);
    const places = await placeRefsByIds(ctx, delegations.map((delegation) => delegation.fromPlaceId));
    const organizations = await organizationFactsByIds(ctx, delegations.map((delegation) => delegation.fromOrganizationId));
    const nameOf = (ref: { name: string; names: Record<string, string> } | undefined) => (ref ? nameInLanguage(ref.names, ref.name, language) : '');
    const delegationNames = new Map(
      delegations.map((delegation) => [
        delegation.id,
        nameInLanguage(delegation.name, null, language) ||
        (delegation.fromPlaceId && nameOf(places.get(delegation.fromPlaceId))) || (delegation.fromOrganizationId && nameOf(organizations.get(delegation.fromOrganizationId))) || '',
      ]),
    );
    const rows = await listRegistrationRows(tx, exchangeId, filter, { limit: EXPORT_PAGE });
    const about = { title: exchange.title, startDate: exchange.startDate, timeZone: exchange.timeZone };
    return { exchange: about, delegationNames, rows, items: await presentRegistrations(ctx, rows.slice(0, EXPORT_PAGE)) };
  });
  async function* pages(): AsyncGenerator<Registration[]> {
    yield first.items;
    let rows = first.rows;
    while (rows.length > EXPORT_PAGE) {
      const last = rows[EXPORT_PAGE - 1]!;
      const page = await ctx.transaction(async (tx, ctx) => {
        const next = await listRegistrationRows(tx, exchangeId, filter, { limit: EXPORT_PAGE, after: { registeredAt: last.queuePosition, id: last.id } });
        return { rows: next, items: await presentRegistrations(ctx, next.slice(0, EXPORT_PAGE)) };
      });
      yield page.items;
      rows = page.rows;
    }
  }
  return { exchange: first.exchange, delegationNames: first.delegationNames, pages: pages() };
}

/** Places taken, waiting and invited, and who takes part by country and kind of organization. */
export async function participantSummary(ctx: ServiceContext, exchangeId: string): Promise<ParticipantSummary> {
  return ctx.transaction(async (tx, ctx) => {
    const exchange = requireRead(ctx.viewer, await findExchangeRow(tx, exchangeId), 'Exchange', exchangeId);
    const counts = (await countRegistrationsByState(tx, [exchangeId])).get(exchangeId) ?? {};
    const breakdown = await countedBreakdown(tx, exchangeId);
    const organizations = await organizationFactsByIds(ctx, breakdown.byOrganization.map((row) => row.organizationId));
    const byKind = new Map<string | null, number>();
    for (const row of breakdown.byOrganization) {
      const kind = (row.organizationId && organizations.get(row.organizationId)?.kind) || null;
      byKind.set(kind, (byKind.get(kind) ?? 0) + row.count);
    }
    const order = <T extends { count: number }>(entries: T[]) => entries.sort((a, b) => b.count - a.count);
    return {
      participation: presentParticipation(exchange.capacity, counts),
      byCountry: order(breakdown.byCountry.map((row) => ({ countryCode: row.countryCode, count: row.count }))),
      byOrganizationKind: order([...byKind].map(([kind, count]) => ({ kind: kind as ParticipantSummary['byOrganizationKind'][number]['kind'], count }))),
    };
  });
}

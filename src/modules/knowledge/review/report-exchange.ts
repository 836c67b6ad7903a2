import type { ServiceContext } from '../../../core/service-context.js';
import { updateExchange } from '../../exchanges/exchange-changes.service.js';
import { createDelegation } from '../../exchanges/exchange-programme.service.js';
import { getExchange } from '../../exchanges/exchanges.service.js';
import type { OrganizationRole } from '../../exchanges/exchanges.types.js';

// What accepting a proposal adds to the exchange the document reports on, once that is accepted,
// where the reviewer may edit it.

/** A delegation from the town to the exchange of the report, unless it is the venue or sent one already. */
export async function addDelegation(ctx: ServiceContext, exchangeId: string | null, placeId: string): Promise<void> {
  if (!exchangeId) return;
  const exchange = await getExchange(ctx, exchangeId);
  if (!exchange.canEdit || exchange.venue?.id === placeId || exchange.delegations.some((delegation) => delegation.fromPlace?.id === placeId)) return;
  await createDelegation(ctx, exchangeId, { name: {}, fromPlaceId: placeId, fromOrganizationId: null, sectors: [], size: null, note: {} });
}

export async function addExchangeOrganization(ctx: ServiceContext, exchangeId: string, organizationId: string, role: OrganizationRole): Promise<void> {
  const exchange = await getExchange(ctx, exchangeId);
  if (!exchange.canEdit) return;
  const current = exchange.organizations.map((entry) => ({ organizationId: entry.organization.id, role: entry.role }));
  if (current.some((entry) => entry.organizationId === organizationId && entry.role === role)) return;
  await updateExchange(ctx, exchangeId, { organizations: [...current, { organizationId, role }] });
}

export async function addExchangeTheme(ctx: ServiceContext, exchangeId: string, themeId: string): Promise<void> {
  const exchange = await getExchange(ctx, exchangeId);
  if (!exchange.canEdit) return;
  const current = exchange.themes.map((theme) => theme.id);
  if (current.includes(themeId)) return;
  await updateExchange(ctx, exchangeId, { themeIds: [...current, themeId] });
}

export async function setExchangePartnership(ctx: ServiceContext, exchangeId: string, partnershipId: string): Promise<void> {
  const exchange = await getExchange(ctx, exchangeId);
  if (!exchange.canEdit || exchange.partnershipId) return;
  await updateExchange(ctx, exchangeId, { partnershipId });
}

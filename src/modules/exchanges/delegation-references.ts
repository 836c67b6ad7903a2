import { inArray } from 'drizzle-orm';
import type { DbExecutor } from '../../core/db/client.js';
import type { ServiceContext } from '../../core/service-context.js';
import { placeOrOrganizationNamer } from '../actors/organizations.service.js';
import { recordedValuesOf, registerReferenceResolver, type RecordReference } from '../audit/audit.service.js';
import { findExchangeRowsByIds } from './exchanges.repository.js';
import { exchangeDelegations } from './exchanges.tables.js';

interface DelegationNaming {
  id: string;
  exchangeId: string;
  name: Record<string, string>;
  fromPlaceId: string | null;
  fromOrganizationId: string | null;
}

const asText = (value: unknown): Record<string, string> =>
  value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '')) : {};
const asId = (value: unknown) => (typeof value === 'string' ? value : null);

/** A removed delegation as its last recorded change left it. */
async function recordedDelegations(tx: DbExecutor, ids: string[]): Promise<DelegationNaming[]> {
  if (ids.length === 0) return [];
  const rows = await recordedValuesOf(tx, 'exchange_delegation', ids);
  const latest = new Map<string, DelegationNaming>();
  for (const row of rows) {
    const values = row.after ?? row.before;
    const exchangeId = asId(values?.exchangeId);
    if (latest.has(row.id) || !values || !exchangeId) continue;
    latest.set(row.id, { id: row.id, exchangeId, name: asText(values.name), fromPlaceId: asId(values.fromPlaceId), fromOrganizationId: asId(values.fromOrganizationId) });
  }
  return [...latest.values()];
}

/**
 * Names delegations where recorded changes refer to them (a registration moved to another
 * delegation): by their own name, else the town or organization they come from; a removed one by
 * what its last recorded change says. Only delegations of exchanges the viewer may see are named.
 */
async function delegationReferences(ctx: ServiceContext, ids: string[]): Promise<RecordReference[]> {
  const delegations = await ctx.transaction(async (tx, ctx) => {
    const current = await tx
      .select({ id: exchangeDelegations.id, exchangeId: exchangeDelegations.exchangeId, name: exchangeDelegations.name, fromPlaceId: exchangeDelegations.fromPlaceId, fromOrganizationId: exchangeDelegations.fromOrganizationId })
      .from(exchangeDelegations)
      .where(inArray(exchangeDelegations.id, ids));
    const found = new Set(current.map((row) => row.id));
    const all: DelegationNaming[] = [...current.map((row) => ({ ...row, name: asText(row.name) })), ...(await recordedDelegations(tx, ids.filter((id) => !found.has(id))))];
    const readable = new Set((await findExchangeRowsByIds(tx, ctx.viewer, [...new Set(all.map((row) => row.exchangeId))])).map((row) => row.id));
    return all.filter((row) => readable.has(row.exchangeId));
  });
  if (delegations.length === 0) return [];
  const origins = delegations.map((row) => ({ placeId: row.fromPlaceId, organizationId: row.fromOrganizationId }));
  const nameOf = await placeOrOrganizationNamer(ctx, origins);
  return delegations.flatMap((row, index) => {
    const title = Object.keys(row.name).length > 0 ? row.name : (nameOf(origins[index]!) ?? null);
    return title ? [{ id: row.id, recordType: 'exchange_delegation', title, path: `/exchanges/${row.exchangeId}` }] : [];
  });
}

export function registerDelegationReferences(): void {
  registerReferenceResolver(delegationReferences, 'exchange_delegations');
}

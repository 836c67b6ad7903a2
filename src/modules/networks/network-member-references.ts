import type { ServiceContext } from '../../core/service-context.js';
import { organizationRefsByIds } from '../actors/organizations.service.js';
import { registerReferenceResolver, type RecordReference } from '../audit/audit.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { findMemberRowsByIds, findNetworksByIds } from './networks.repository.js';

const namesOf = (ref: { name: string; names: Record<string, string | undefined> | null }): Record<string, string> => ({
  ...Object.fromEntries(Object.entries(ref.names ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '')),
  und: ref.name,
});

/**
 * Names network members where recorded changes refer to them (the host of a network meeting), by
 * their town or organisation, linked to their network. Only members of networks the viewer may see are named.
 */
async function networkMemberReferences(ctx: ServiceContext, ids: string[]): Promise<RecordReference[]> {
  const members = await ctx.transaction(async (tx, ctx) => {
    const rows = await findMemberRowsByIds(tx, ids);
    const readable = new Set((await findNetworksByIds(tx, ctx.viewer, [...new Set(rows.map((row) => row.networkId))])).map((row) => row.id));
    return rows.filter((row) => readable.has(row.networkId));
  });
  if (members.length === 0) return [];
  const places = await placeRefsByIds(ctx, members.map((member) => member.placeId));
  const organizations = await organizationRefsByIds(ctx, members.map((member) => member.organizationId));
  return members.flatMap((member) => {
    const ref = (member.placeId && places.get(member.placeId)) || (member.organizationId && organizations.get(member.organizationId)) || undefined;
    return ref ? [{ id: member.id, recordType: 'network_member', title: namesOf(ref), path: `/networks/${member.networkId}` }] : [];
  });
}

export function registerNetworkMemberReferences(): void {
  registerReferenceResolver(networkMemberReferences, 'network_members');
}

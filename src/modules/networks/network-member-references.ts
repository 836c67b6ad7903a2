import type { ServiceContext } from '../../core/service-context.js';
import { placeOrOrganizationNamer } from '../actors/organizations.service.js';
import { registerReferenceResolver, type RecordReference } from '../audit/audit.service.js';
import { findMemberRowsByIds, findNetworksByIds } from './networks.repository.js';

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
  const nameOf = await placeOrOrganizationNamer(ctx, members);
  return members.flatMap((member) => {
    const title = nameOf(member);
    return title ? [{ id: member.id, recordType: 'network_member', title, path: `/networks/${member.networkId}` }] : [];
  });
}

export function registerNetworkMemberReferences(): void {
  registerReferenceResolver(networkMemberReferences, 'network_members');
}

import { canEdit, requireEdit, requireRead } from '../../core/auth/policy.js';
import { userIdOf } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { invalidField, notFound } from '../../core/errors.js';
import type { Page } from '../../core/http/pagination.js';
import { sortedPage } from '../../core/sorted-page.js';
import type { ServiceContext } from '../../core/service-context.js';
import { organizationRefsByIds } from '../actors/organizations.service.js';
import { personRefsByIds } from '../actors/people.service.js';
import { themeRefsByIds } from '../themes/themes.service.js';
import { partAuditTrail } from '../audit/audit.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { presentNetworkDetail, presentNetworkMember, presentNetworkSummary, type NetworkReferences } from './networks.presenter.js';
import {
  countCurrentMembers,
  deleteUnavailabilityRow,
  findMemberRows,
  findMemberRowsByIds,
  findNetworkRow,
  findNetworkThemeIds,
  findNetworksByIds,
  findUnavailabilityRow,
  findUnavailabilityRows,
  insertUnavailabilityRow,
  listNetworkRows,
  type NetworkMemberRow,
  type NetworkRow,
} from './networks.repository.js';
import type { NetworkDetail, NetworkListQuery, NetworkMember, NetworkSummary, UnavailabilityCreate } from './networks.schemas.js';
import { findMemberIdsWithMeetings } from '../exchanges/exchanges.service.js';

const networkMemberUnavailabilityAudit = partAuditTrail('network_member_unavailability');

export function listNetworks(ctx: ServiceContext, query: NetworkListQuery): Promise<Page<NetworkSummary>> {
  return sortedPage(ctx, query, {
    column: 'sortName',
    rows: (tx, ctx, window) => listNetworkRows(tx, ctx.viewer, query, window),
    present: async (shown, tx, ctx) => {
      const memberCounts = await countCurrentMembers(tx, shown.map((row) => row.id));
      const refs = { places: await placeRefsByIds(ctx, shown.map((row) => row.regionPlaceId)), organizations: new Map() };
      return (row) => presentNetworkSummary(row, memberCounts.get(row.id) ?? 0, refs);
    },
  });
}

export async function memberReferences(ctx: ServiceContext, row: NetworkRow | null, members: NetworkMemberRow[]): Promise<NetworkReferences> {
  const places = await placeRefsByIds(ctx, [row?.regionPlaceId, ...members.map((member) => member.placeId)]);
  const organizations = await organizationRefsByIds(ctx, [row?.organizationId, ...members.map((member) => member.organizationId)]);
  const people = await personRefsByIds(ctx, members.map((member) => member.contactPersonId));
  const hosts = await ctx.transaction((tx) => findMemberIdsWithMeetings(tx, members.map((member) => member.id)));
  return { places, organizations, people, hosts };
}

export async function getNetwork(ctx: ServiceContext, id: string): Promise<NetworkDetail> {
  return ctx.transaction(async (tx, ctx) => {
    const row = requireRead(ctx.viewer, await findNetworkRow(tx, id), 'Network', id);
    const members = await findMemberRows(tx, id);
    const unavailability = await findUnavailabilityRows(tx, members.map((member) => member.id));
    const themes = await themeRefsByIds(ctx, await findNetworkThemeIds(tx, id));
    return presentNetworkDetail(row, members, unavailability, await memberReferences(ctx, row, members), canEdit(ctx.viewer, row), [...themes.values()]);
  });
}

/** What planning a network's meetings needs: the network (readable, or editable when asked) and its members. */
export interface NetworkForPlanning {
  network: NetworkRow;
  members: NetworkMember[];
}

export async function networkForPlanning(ctx: ServiceContext, id: string, access: 'read' | 'edit'): Promise<NetworkForPlanning> {
  return ctx.transaction(async (tx, ctx) => {
    const found = await findNetworkRow(tx, id);
    const network = access === 'edit' ? requireEdit(ctx.viewer, found, 'Network', id) : requireRead(ctx.viewer, found, 'Network', id);
    const members = await findMemberRows(tx, id);
    const unavailability = await findUnavailabilityRows(tx, members.map((member) => member.id));
    const refs = await memberReferences(ctx, null, members);
    return { network, members: members.map((member) => presentNetworkMember(member, unavailability, refs)) };
  });
}

/** Members by id, for other modules that link to them (the host of a meeting). */
export async function networkMembersByIds(ctx: ServiceContext, ids: Iterable<string | null | undefined>): Promise<Map<string, NetworkMember & { networkId: string }>> {
  const unique = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  if (unique.length === 0) return new Map();
  return ctx.transaction(async (tx, ctx) => {
    const members = await findMemberRowsByIds(tx, unique);
    const refs = await memberReferences(ctx, null, members);
    return new Map(members.map((member) => [member.id, { ...presentNetworkMember(member, [], refs), networkId: member.networkId }]));
  });
}

async function editableMember(tx: DbExecutor, ctx: ServiceContext, networkId: string, memberId: string) {
  const network = requireEdit(ctx.viewer, await findNetworkRow(tx, networkId), 'Network', networkId);
  const [member] = await findMemberRowsByIds(tx, [memberId]);
  if (!member || member.networkId !== networkId) throw notFound('Network member', memberId);
  return { network, member };
}

/** Records a period in which a member cannot host a meeting. */
export async function addUnavailability(ctx: ServiceContext, networkId: string, memberId: string, input: UnavailabilityCreate) {
  return ctx.transaction(async (tx, ctx) => {
    const { network, member } = await editableMember(tx, ctx, networkId, memberId);
    if (input.to < input.from) throw invalidField('body.to', 'end_before_start', 'must not be before the start of the period');
    const row = await insertUnavailabilityRow(tx, { networkMemberId: member.id, fromDate: input.from, toDate: input.to, note: input.note, createdBy: userIdOf(ctx.viewer) });
    await networkMemberUnavailabilityAudit.created(tx, ctx, { workspaceId: network.workspaceId, id: row.id }, { networkId, memberId, from: row.fromDate, to: row.toDate, note: row.note });
    return { id: row.id, from: row.fromDate, to: row.toDate, note: row.note };
  });
}

export async function removeUnavailability(ctx: ServiceContext, networkId: string, memberId: string, entryId: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const { network } = await editableMember(tx, ctx, networkId, memberId);
    const row = await findUnavailabilityRow(tx, entryId);
    if (!row || row.networkMemberId !== memberId) throw notFound('Unavailability', entryId);
    await deleteUnavailabilityRow(tx, entryId);
    await networkMemberUnavailabilityAudit.deleted(tx, ctx, { workspaceId: network.workspaceId, id: entryId }, { networkId, memberId, from: row.fromDate, to: row.toDate, note: row.note });
  });
}

/** Names of the networks other modules link to, for the ones the viewer may see. */
export async function networkRefsByIds(ctx: ServiceContext, ids: Iterable<string | null | undefined>): Promise<Map<string, { id: string; name: NetworkRow['name'] }>> {
  const unique = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  if (unique.length === 0) return new Map();
  const rows = await ctx.transaction((tx) => findNetworksByIds(tx, ctx.viewer, unique));
  return new Map(rows.map((row) => [row.id, { id: row.id, name: row.name }]));
}

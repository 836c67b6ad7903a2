import { requireCreateIn, requireEdit } from '../../core/auth/policy.js';
import { userIdOf } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { fieldIssue, invalidField, notFound, validationFailed, type FieldIssue } from '../../core/errors.js';
import type { ServiceContext } from '../../core/service-context.js';
import { organizationRefsByIds } from '../actors/organizations.service.js';
import { personRefsByIds } from '../actors/people.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { requireVisibleThemes } from '../themes/themes.service.js';
import { presentNetworkMember } from './networks.presenter.js';
import {
  deleteMemberRow,
  findMemberRows,
  findMemberRowsByIds,
  findNetworkRow,
  findNetworkThemeIds,
  findUnavailabilityRows,
  insertMemberRow,
  insertNetworkRow,
  replaceNetworkThemeIds,
  updateMemberRow,
  updateNetworkRow,
  type NetworkMemberRow,
  type NetworkRow,
} from './networks.repository.js';
import type { MemberCreate, MemberUpdate, NetworkCreate, NetworkMember, NetworkUpdate } from './networks.schemas.js';
import { getNetwork, memberReferences } from './networks.service.js';
import { findMemberIdsWithMeetings } from '../exchanges/exchanges.service.js';
import { auditTrail } from '../audit/audit.service.js';
import { labelText } from '../../core/http/record-fields.js';

const networkAudit = auditTrail<NetworkRow>('network', (row) => labelOf(row));

const labelOf = (row: NetworkRow) => labelText(row.name);

const snapshot = (row: NetworkRow, themeIds: string[]) => ({
  name: row.name,
  shortName: row.shortName,
  description: row.description,
  kind: row.kind,
  cadence: row.cadence,
  foundedYear: row.foundedYear,
  regionPlaceId: row.regionPlaceId,
  organizationId: row.organizationId,
  visibility: row.visibility,
  archivedAt: row.archivedAt?.toISOString() ?? null,
  themeIds,
});

const memberSnapshot = (row: NetworkMemberRow) => ({
  id: row.id,
  placeId: row.placeId,
  organizationId: row.organizationId,
  joinedOn: row.joinedOn,
  leftOn: row.leftOn,
  contactPersonId: row.contactPersonId,
});

async function referenceIssues(ctx: ServiceContext, input: { regionPlaceId?: string | null; organizationId?: string | null }): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (input.regionPlaceId && !(await placeRefsByIds(ctx, [input.regionPlaceId])).has(input.regionPlaceId)) {
    issues.push(fieldIssue('body.regionPlaceId', 'unknown_reference', 'refers to no place you can see'));
  }
  if (input.organizationId && !(await organizationRefsByIds(ctx, [input.organizationId])).has(input.organizationId)) {
    issues.push(fieldIssue('body.organizationId', 'unknown_reference', 'refers to no organisation you can see'));
  }
  return issues;
}

export async function createNetwork(ctx: ServiceContext, input: NetworkCreate) {
  requireCreateIn(ctx.viewer, input.workspaceId);
  const id = await ctx.transaction(async (tx, ctx) => {
    const issues = await referenceIssues(ctx, input);
    if (issues.length > 0) throw validationFailed(issues);
    await requireVisibleThemes(ctx, input.themeIds, 'body.themeIds');
    const { themeIds, ...fields } = input;
    const row = await insertNetworkRow(tx, { ...fields, createdBy: userIdOf(ctx.viewer) });
    await replaceNetworkThemeIds(tx, row.id, themeIds);
    await networkAudit.created(tx, ctx, row, snapshot(row, [...new Set(themeIds)]));
    return row.id;
  });
  return getNetwork(ctx, id);
}

export async function updateNetwork(ctx: ServiceContext, id: string, changes: NetworkUpdate) {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findNetworkRow(tx, id), 'Network', id);
    const issues = await referenceIssues(ctx, changes);
    if (issues.length > 0) throw validationFailed(issues);
    if (changes.themeIds) await requireVisibleThemes(ctx, changes.themeIds, 'body.themeIds');
    const themesBefore = await findNetworkThemeIds(tx, id);
    const { themeIds, archived, ...fields } = changes;
    const archivedAt = archived === undefined ? before.archivedAt : archived ? (before.archivedAt ?? new Date()) : null;
    const after = await updateNetworkRow(tx, id, { ...fields, archivedAt });
    if (themeIds) await replaceNetworkThemeIds(tx, id, themeIds);
    await networkAudit.updated(tx, ctx, after, snapshot(before, themesBefore), snapshot(after, themeIds ? [...new Set(themeIds)] : themesBefore));
  });
  return getNetwork(ctx, id);
}

async function memberIssues(
  ctx: ServiceContext,
  others: NetworkMemberRow[],
  member: { placeId: string | null; organizationId: string | null; joinedOn: string | null; leftOn: string | null; contactPersonId: string | null },
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (member.placeId && !(await placeRefsByIds(ctx, [member.placeId])).has(member.placeId)) {
    issues.push(fieldIssue('body.placeId', 'unknown_reference', 'refers to no place you can see'));
  }
  if (member.organizationId && !(await organizationRefsByIds(ctx, [member.organizationId])).has(member.organizationId)) {
    issues.push(fieldIssue('body.organizationId', 'unknown_reference', 'refers to no organisation you can see'));
  }
  const duplicate = others.some(
    (other) => (member.placeId && other.placeId === member.placeId) || (member.organizationId && other.organizationId === member.organizationId),
  );
  if (duplicate) issues.push(fieldIssue(member.placeId ? 'body.placeId' : 'body.organizationId', 'not_unique', 'is already a member of this network'));
  if (member.contactPersonId && !(await personRefsByIds(ctx, [member.contactPersonId])).has(member.contactPersonId)) {
    issues.push(fieldIssue('body.contactPersonId', 'unknown_reference', 'refers to no person you can see'));
  }
  if (member.joinedOn && member.leftOn && member.leftOn < member.joinedOn) {
    issues.push(fieldIssue('body.leftOn', 'end_before_start', 'must not be before the member joined'));
  }
  return issues;
}

type MemberSnapshot = ReturnType<typeof memberSnapshot>;

/** A member's arrival, change or departure is recorded as a change of its network. */
async function recordMemberChange(tx: DbExecutor, ctx: ServiceContext, network: NetworkRow, before: MemberSnapshot | null, after: MemberSnapshot | null) {
  await networkAudit.updated(tx, ctx, network, { member: before }, { member: after });
}

async function presentOne(ctx: ServiceContext, tx: DbExecutor, member: NetworkMemberRow): Promise<NetworkMember> {
  const unavailability = await findUnavailabilityRows(tx, [member.id]);
  return presentNetworkMember(member, unavailability, await memberReferences(ctx, null, [member]));
}

async function editableMember(tx: DbExecutor, ctx: ServiceContext, networkId: string, memberId: string) {
  const network = requireEdit(ctx.viewer, await findNetworkRow(tx, networkId), 'Network', networkId);
  const [member] = await findMemberRowsByIds(tx, [memberId]);
  if (!member || member.networkId !== networkId) throw notFound('Network member', memberId);
  return { network, member };
}

/** Adds a town or an organisation to the network. */
export async function addMember(ctx: ServiceContext, networkId: string, input: MemberCreate): Promise<NetworkMember> {
  return ctx.transaction(async (tx, ctx) => {
    const network = requireEdit(ctx.viewer, await findNetworkRow(tx, networkId), 'Network', networkId);
    if ((input.placeId === null) === (input.organizationId === null)) {
      throw invalidField('body.placeId', 'either_required', 'name either a place or an organisation as the member');
    }
    const issues = await memberIssues(ctx, await findMemberRows(tx, networkId), input);
    if (issues.length > 0) throw validationFailed(issues);
    const row = await insertMemberRow(tx, { networkId, ...input });
    await recordMemberChange(tx, ctx, network, null, memberSnapshot(row));
    return presentOne(ctx, tx, row);
  });
}

export async function updateMember(ctx: ServiceContext, networkId: string, memberId: string, changes: MemberUpdate): Promise<NetworkMember> {
  return ctx.transaction(async (tx, ctx) => {
    const { network, member } = await editableMember(tx, ctx, networkId, memberId);
    const merged = { ...member, ...changes };
    const issues = await memberIssues(ctx, [], { ...merged, placeId: null, organizationId: null });
    if (issues.length > 0) throw validationFailed(issues);
    const after = await updateMemberRow(tx, memberId, changes);
    await recordMemberChange(tx, ctx, network, memberSnapshot(member), memberSnapshot(after));
    return presentOne(ctx, tx, after);
  });
}

/**
 * Removes a member. One that hosted meetings stays as a former member (left today, unless it
 * had already left) so the meetings keep their host; the answer says which happened.
 */
export async function removeMember(ctx: ServiceContext, networkId: string, memberId: string): Promise<{ outcome: 'removed' | 'left'; member: NetworkMember | null }> {
  return ctx.transaction(async (tx, ctx) => {
    const { network, member } = await editableMember(tx, ctx, networkId, memberId);
    const hosted = (await findMemberIdsWithMeetings(tx, [memberId])).has(memberId);
    if (hosted) {
      const today = new Date().toISOString().slice(0, 10);
      const leftOn = member.leftOn ?? (member.joinedOn && member.joinedOn > today ? member.joinedOn : today);
      const after = await updateMemberRow(tx, memberId, { leftOn });
      await recordMemberChange(tx, ctx, network, memberSnapshot(member), memberSnapshot(after));
      return { outcome: 'left' as const, member: await presentOne(ctx, tx, after) };
    }
    await deleteMemberRow(tx, memberId);
    await recordMemberChange(tx, ctx, network, memberSnapshot(member), null);
    return { outcome: 'removed' as const, member: null };
  });
}

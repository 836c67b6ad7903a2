import { canEdit, requireEdit, requireRead } from '../../core/auth/policy.js';
import { userIdOf } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { notFound, validationFailed, type FieldIssue } from '../../core/errors.js';
import type { ServiceContext } from '../../core/service-context.js';
import { personRefsByIds } from '../actors/people.service.js';
import { partAuditTrail } from '../audit/audit.service.js';
import { themeRefsByIds } from '../themes/themes.service.js';
import { registerTimelineRows } from './partnership-timeline.js';
import { findPartnershipRow, findPartyRows, type PartnershipRow } from './partnerships.repository.js';
import type { ProjectGroupRole } from './partnerships.tables.js';
import {
  deleteProjectGroupRow,
  findProjectGroupMemberRows,
  findProjectGroupRow,
  findProjectGroupRows,
  insertProjectGroupRow,
  listProjectGroupTimelineRows,
  replaceProjectGroupMembers,
  updateProjectGroupRow,
  type ProjectGroupMemberRow,
  type ProjectGroupRow,
} from './project-groups.repository.js';
import type { ProjectGroup, ProjectGroupCreate, ProjectGroupUpdate } from './project-groups.schemas.js';

const projectGroupAudit = partAuditTrail('project_group');

async function present(ctx: ServiceContext, tx: DbExecutor, groups: ProjectGroupRow[]): Promise<ProjectGroup[]> {
  const members = await findProjectGroupMemberRows(tx, groups.map((group) => group.id));
  const people = await personRefsByIds(ctx, members.map((member) => member.personId));
  const themes = await themeRefsByIds(ctx, groups.flatMap((group) => (group.themeId ? [group.themeId] : [])));
  return groups.map((group) => ({
    id: group.id,
    partnershipId: group.partnershipId,
    title: group.title,
    description: group.description,
    theme: (group.themeId && themes.get(group.themeId)) || null,
    formedOn: group.formedOn,
    status: group.status,
    members: members
      .filter((member) => member.projectGroupId === group.id)
      .map((member) => ({ id: member.id, person: people.get(member.personId) ?? null, partyId: member.partyId, role: member.role })),
  }));
}

export async function listProjectGroups(ctx: ServiceContext, partnershipId: string): Promise<{ items: ProjectGroup[]; canEdit: boolean }> {
  return ctx.transaction(async (tx, ctx) => {
    const partnership = requireRead(ctx.viewer, await findPartnershipRow(tx, partnershipId), 'Partnership', partnershipId);
    return { items: await present(ctx, tx, await findProjectGroupRows(tx, partnershipId)), canEdit: canEdit(ctx.viewer, partnership) };
  });
}

type MemberInput = { personId: string; partyId: string | null; role: ProjectGroupRole };

/** Members must be people the viewer can see, each once, on the side of a party of this partnership. */
async function memberIssues(ctx: ServiceContext, tx: DbExecutor, partnership: PartnershipRow, members: MemberInput[]): Promise<FieldIssue[]> {
  const people = await personRefsByIds(ctx, members.map((member) => member.personId));
  const parties = new Set((await findPartyRows(tx, [partnership.id])).map((party) => party.id));
  const seen = new Set<string>();
  return members.flatMap((member, index) => {
    const issues: FieldIssue[] = [];
    if (!people.has(member.personId)) issues.push({ field: `body.members.${index}.personId`, code: 'unknown_reference', message: 'refers to no person you can see' });
    else if (seen.has(member.personId)) issues.push({ field: `body.members.${index}.personId`, code: 'listed_twice', message: 'is listed twice' });
    seen.add(member.personId);
    if (member.partyId && !parties.has(member.partyId)) issues.push({ field: `body.members.${index}.partyId`, code: 'unknown_reference', message: 'refers to no party of this partnership' });
    return issues;
  });
}

async function themeIssues(ctx: ServiceContext, themeId: string | null | undefined): Promise<FieldIssue[]> {
  if (!themeId) return [];
  return (await themeRefsByIds(ctx, [themeId])).has(themeId) ? [] : [{ field: 'body.themeId', code: 'unknown_reference', message: 'refers to no theme you can see' }];
}

const snapshot = (group: ProjectGroupRow, members: Pick<ProjectGroupMemberRow, 'personId' | 'partyId' | 'role'>[]) => ({
  title: group.title,
  description: group.description,
  themeId: group.themeId,
  formedOn: group.formedOn,
  status: group.status,
  members: members.map((member) => ({ personId: member.personId, partyId: member.partyId, role: member.role })),
});

const labelOf = (group: ProjectGroupRow) => group.title.de ?? group.title.en ?? Object.values(group.title)[0] ?? null;

async function loadGroup(tx: DbExecutor, ctx: ServiceContext, partnershipId: string, groupId: string) {
  const partnership = requireEdit(ctx.viewer, await findPartnershipRow(tx, partnershipId), 'Partnership', partnershipId);
  const group = await findProjectGroupRow(tx, groupId);
  if (!group || group.partnershipId !== partnershipId) throw notFound('Project group', groupId);
  return { partnership, group };
}

export async function createProjectGroup(ctx: ServiceContext, partnershipId: string, input: ProjectGroupCreate): Promise<ProjectGroup> {
  return ctx.transaction(async (tx, ctx) => {
    const partnership = requireEdit(ctx.viewer, await findPartnershipRow(tx, partnershipId), 'Partnership', partnershipId);
    const issues = [...(await themeIssues(ctx, input.themeId)), ...(await memberIssues(ctx, tx, partnership, input.members))];
    if (issues.length > 0) throw validationFailed(issues);
    const group = await insertProjectGroupRow(tx, {
      partnershipId,
      title: input.title,
      description: input.description,
      themeId: input.themeId,
      formedOn: input.formedOn,
      status: input.status,
      createdBy: userIdOf(ctx.viewer),
    });
    await replaceProjectGroupMembers(tx, group.id, input.members);
    await projectGroupAudit.created(tx, ctx, { workspaceId: partnership.workspaceId, id: group.id, label: labelOf(group) }, { partnershipId, ...snapshot(group, input.members) });
    return (await present(ctx, tx, [group]))[0]!;
  });
}

export async function updateProjectGroup(ctx: ServiceContext, partnershipId: string, groupId: string, input: ProjectGroupUpdate): Promise<ProjectGroup> {
  return ctx.transaction(async (tx, ctx) => {
    const { partnership, group: before } = await loadGroup(tx, ctx, partnershipId, groupId);
    const membersBefore = await findProjectGroupMemberRows(tx, [groupId]);
    const issues = [...(await themeIssues(ctx, input.themeId)), ...(input.members ? await memberIssues(ctx, tx, partnership, input.members) : [])];
    if (issues.length > 0) throw validationFailed(issues);
    const { members, ...fields } = input;
    const group = await updateProjectGroupRow(tx, groupId, fields);
    let membersAfter: MemberInput[] = membersBefore;
    if (members) {
      // Members the editor cannot see stay in the group: nobody removes what they cannot see.
      const visible = await personRefsByIds(ctx, membersBefore.map((member) => member.personId));
      const hidden = membersBefore.filter((member) => !visible.has(member.personId) && !members.some((entry) => entry.personId === member.personId));
      membersAfter = [...members, ...hidden.map(({ personId, partyId, role }) => ({ personId, partyId, role }))];
      await replaceProjectGroupMembers(tx, groupId, membersAfter);
    }
    await projectGroupAudit.updated(tx, ctx, { workspaceId: partnership.workspaceId, id: groupId, label: labelOf(group) }, snapshot(before, membersBefore), snapshot(group, membersAfter));
    return (await present(ctx, tx, [group]))[0]!;
  });
}

export async function deleteProjectGroup(ctx: ServiceContext, partnershipId: string, groupId: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const { partnership, group } = await loadGroup(tx, ctx, partnershipId, groupId);
    const members = await findProjectGroupMemberRows(tx, [groupId]);
    await deleteProjectGroupRow(tx, groupId);
    await projectGroupAudit.deleted(tx, ctx, { workspaceId: partnership.workspaceId, id: groupId, label: labelOf(group) }, { partnershipId, ...snapshot(group, members) });
  });
}

registerTimelineRows('project_group', {
  rows: (tx, _ctx, partnershipId, window) => listProjectGroupTimelineRows(tx, partnershipId, window),
  entry: (row, partnershipId) => ({ id: row.id, date: row.timelineDate, title: row.title, status: row.status, path: `/partnerships/${partnershipId}#project-group-${row.id}` }),
});

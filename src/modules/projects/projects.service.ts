import { randomUUID } from 'node:crypto';
import { canEdit, requireCreateIn, requireEdit, requireRead } from '../../core/auth/policy.js';
import { userIdOf } from '../../core/auth/viewer.js';
import { AppError, validationFailed, type FieldIssue } from '../../core/errors.js';
import type { Page } from '../../core/http/pagination.js';
import { sortedPage } from '../../core/sorted-page.js';
import { firstText } from '../../core/http/record-fields.js';
import type { ServiceContext } from '../../core/service-context.js';
import { contactCardsByIds } from '../actors/contact-cards.service.js';
import { organizationRefsByIds } from '../actors/organizations.service.js';
import { getPartnership } from '../partnerships/partnerships.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { presentProjectDetail, presentProjectRef, presentProjectSummary } from './projects.presenter.js';
import {
  deleteProjectRow,
  findContactRows,
  findPartnerRows,
  findPartnerRowsOf,
  findProjectRowsInPeriod,
  findPublicProjectRows,
  findProjectRow,
  findProjectsByIds,
  insertProjectRow,
  listProjectRows,
  replaceContacts,
  replacePartners,
  updateProjectRow,
  type ProjectPartnerRow,
  type ProjectRow,
} from './projects.repository.js';
import type { ProjectCreate, ProjectDetail, ProjectListQuery, ProjectRef, ProjectSummary, ProjectUpdate } from './projects.schemas.js';
import { auditTrail } from '../audit/audit.service.js';

const projectAudit = auditTrail<ProjectRow>('project', (row) => firstText(row.title));

/** Short descriptions of the projects other modules link to, for the ones the viewer may see. */
export async function projectRefsByIds(ctx: ServiceContext, ids: Iterable<string | null | undefined>): Promise<Map<string, ProjectRef>> {
  const unique = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  const rows = await ctx.transaction((tx, ctx) => findProjectsByIds(tx, ctx.viewer, unique));
  return new Map(rows.map((row) => [row.id, presentProjectRef(row)]));
}

/** The project, when the viewer may see it; for other modules that attach things to projects. */
export async function findVisibleProject(ctx: ServiceContext, id: string): Promise<(ProjectRef & { workspaceId: string; budget: number | null; currency: string }) | null> {
  return ctx.transaction(async (tx, ctx) => {
    const row = await findProjectRow(tx, id);
    if (!row) return null;
    try {
      requireRead(ctx.viewer, row, 'Project', id);
    } catch {
      return null;
    }
    return { ...presentProjectRef(row), workspaceId: row.workspaceId, budget: row.budget, currency: row.currency };
  });
}

async function summaries(ctx: ServiceContext, rows: ProjectRow[]): Promise<ProjectSummary[]> {
  const carriers = await organizationRefsByIds(ctx, rows.map((row) => row.carrierOrganizationId));
  const areas = await placeRefsByIds(ctx, rows.map((row) => row.pilotAreaPlaceId));
  return rows.map((row) => presentProjectSummary(row, carriers, areas));
}

export function listProjects(ctx: ServiceContext, query: ProjectListQuery): Promise<Page<ProjectSummary>> {
  return sortedPage(ctx, query, {
    column: 'sortTitle',
    rows: (tx, ctx, window) => listProjectRows(tx, ctx.viewer, query, window),
    present: async (shown, _tx, ctx) => {
      const byId = new Map((await summaries(ctx, shown)).map((summary) => [summary.id, summary]));
      return (row) => byId.get(row.id)!;
    },
  });
}

async function partnershipLink(ctx: ServiceContext, id: string | null) {
  if (!id) return null;
  try {
    const partnership = await getPartnership(ctx, id);
    return { id: partnership.id, title: partnership.title };
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not_found') return null;
    throw error;
  }
}

export async function getProject(ctx: ServiceContext, id: string): Promise<ProjectDetail> {
  return ctx.transaction(async (tx, ctx) => {
    const row = requireRead(ctx.viewer, await findProjectRow(tx, id), 'Project', id);
    const partners = await findPartnerRows(tx, id);
    const contacts = await findContactRows(tx, id);
    const organizations = await organizationRefsByIds(ctx, [row.carrierOrganizationId, ...partners.map((partner) => partner.organizationId)]);
    const placeIds = [row.pilotAreaPlaceId, ...row.transferability.map((entry) => entry.placeId)];
    const places = await placeRefsByIds(ctx, placeIds);
    const cards = await contactCardsByIds(ctx, contacts.map((contact) => contact.organizationId), contacts.map((contact) => contact.personId));
    return presentProjectDetail(row, {
      organizations,
      places,
      cards,
      partners,
      contacts,
      partnership: await partnershipLink(ctx, row.partnershipId),
      canEdit: canEdit(ctx.viewer, row),
    });
  });
}

type ProjectFields = Partial<Omit<ProjectCreate, 'workspaceId'>>;

async function referenceIssues(ctx: ServiceContext, input: ProjectFields): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const organizationIds = [
    input.carrierOrganizationId,
    ...(input.partners ?? []).map((partner) => partner.organizationId),
    ...(input.contacts ?? []).map((contact) => contact.organizationId),
  ];
  const organizations = await organizationRefsByIds(ctx, organizationIds);
  const places = await placeRefsByIds(ctx, [input.pilotAreaPlaceId, ...(input.transferability ?? []).map((entry) => entry.placeId)]);
  const cards = await contactCardsByIds(ctx, [], (input.contacts ?? []).map((contact) => contact.personId));
  if (input.carrierOrganizationId && !organizations.has(input.carrierOrganizationId)) {
    issues.push({ field: 'body.carrierOrganizationId', code: 'unknown_reference', message: 'refers to no organisation you can see' });
  }
  if (input.pilotAreaPlaceId && !places.has(input.pilotAreaPlaceId)) issues.push({ field: 'body.pilotAreaPlaceId', code: 'unknown_reference', message: 'refers to no place you can see' });
  if (input.partnershipId && !(await partnershipLink(ctx, input.partnershipId))) issues.push({ field: 'body.partnershipId', code: 'unknown_reference', message: 'refers to no partnership you can see' });
  const seen = new Set<string>();
  (input.partners ?? []).forEach((partner, index) => {
    if (!organizations.has(partner.organizationId)) issues.push({ field: `body.partners.${index}.organizationId`, code: 'unknown_reference', message: 'refers to no organisation you can see' });
    const key = `${partner.organizationId} ${partner.role}`;
    if (seen.has(key)) issues.push({ field: `body.partners.${index}.role`, code: 'listed_twice', message: 'names this organisation in this role twice' });
    seen.add(key);
  });
  (input.contacts ?? []).forEach((contact, index) => {
    if (contact.organizationId && !organizations.has(contact.organizationId)) issues.push({ field: `body.contacts.${index}.organizationId`, code: 'unknown_reference', message: 'refers to no organisation you can see' });
    if (contact.personId && !cards.people.has(contact.personId)) issues.push({ field: `body.contacts.${index}.personId`, code: 'unknown_reference', message: 'refers to no person you can see' });
  });
  (input.transferability ?? []).forEach((entry, index) => {
    if (entry.placeId && !places.has(entry.placeId)) issues.push({ field: `body.transferability.${index}.placeId`, code: 'unknown_reference', message: 'refers to no place you can see' });
  });
  (input.phases ?? []).forEach((phase, index) => {
    if (phase.startDate && phase.endDate && phase.endDate < phase.startDate) issues.push({ field: `body.phases.${index}.endDate`, code: 'end_before_start', message: 'must not be before the start date' });
  });
  return issues;
}

function dateIssues(startDate: string | null, endDate: string | null): FieldIssue[] {
  return startDate && endDate && endDate < startDate ? [{ field: 'body.endDate', code: 'end_before_start', message: 'must not be before the start date' }] : [];
}

/** Items of lists kept with the project get a stable id; ids given for existing items are kept. */
const withIds = <T extends { id?: string }>(items: T[]) => items.map((item) => ({ ...item, id: item.id ?? randomUUID() }));

function columnsOf(input: ProjectFields) {
  const { partners: _partners, contacts: _contacts, phases, outputs, transferability, ...fields } = input;
  return {
    ...fields,
    ...(phases ? { phases: withIds(phases) } : {}),
    ...(outputs ? { outputs: withIds(outputs) } : {}),
    ...(transferability ? { transferability: withIds(transferability) } : {}),
  };
}

const audited = (row: ProjectRow, partners: { organizationId: string; role: string }[], contacts: { organizationId: string | null; personId: string | null; role: string }[]) => ({
  title: row.title,
  summary: row.summary,
  goals: row.goals,
  status: row.status,
  historical: row.historical,
  visibility: row.visibility,
  carrierOrganizationId: row.carrierOrganizationId,
  partnershipId: row.partnershipId,
  pilotAreaPlaceId: row.pilotAreaPlaceId,
  startDate: row.startDate,
  endDate: row.endDate,
  budget: row.budget,
  currency: row.currency,
  website: row.website,
  partners: partners.map((partner) => ({ organizationId: partner.organizationId, role: partner.role })),
  contacts: contacts.map((contact) => ({ organizationId: contact.organizationId, personId: contact.personId, role: contact.role })),
  phases: row.phases,
  outputs: row.outputs,
  transferability: row.transferability,
});

export async function createProject(ctx: ServiceContext, input: ProjectCreate): Promise<ProjectDetail> {
  requireCreateIn(ctx.viewer, input.workspaceId);
  const id = await ctx.transaction(async (tx, ctx) => {
    const issues = [...dateIssues(input.startDate, input.endDate), ...(await referenceIssues(ctx, input))];
    if (issues.length > 0) throw validationFailed(issues);
    const row = await insertProjectRow(tx, { ...columnsOf(input), title: input.title, workspaceId: input.workspaceId, createdBy: userIdOf(ctx.viewer) });
    await replacePartners(tx, row.id, input.partners);
    await replaceContacts(tx, row.id, input.contacts);
    await projectAudit.created(tx, ctx, row, audited(row, input.partners, input.contacts));
    return row.id;
  });
  return getProject(ctx, id);
}

export async function updateProject(ctx: ServiceContext, id: string, changes: ProjectUpdate): Promise<ProjectDetail> {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findProjectRow(tx, id), 'Project', id);
    const partnersBefore = await findPartnerRows(tx, id);
    const contactsBefore = await findContactRows(tx, id);
    const startDate = changes.startDate !== undefined ? changes.startDate : before.startDate;
    const endDate = changes.endDate !== undefined ? changes.endDate : before.endDate;
    const issues = [...dateIssues(startDate, endDate), ...(await referenceIssues(ctx, changes))];
    if (issues.length > 0) throw validationFailed(issues);
    const after = await updateProjectRow(tx, id, columnsOf(changes));
    if (changes.partners) await replacePartners(tx, id, changes.partners);
    if (changes.contacts) await replaceContacts(tx, id, changes.contacts);
    await projectAudit.updated(tx, ctx, after, audited(before, partnersBefore, contactsBefore), audited(after, changes.partners ?? partnersBefore, changes.contacts ?? contactsBefore));
  });
  return getProject(ctx, id);
}

/** Sets the pilot area of a project, e.g. when a pilot-area selection starts it; needs the right to edit the project. */
export async function setProjectPilotArea(ctx: ServiceContext, id: string, placeId: string, field: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const row = await findProjectRow(tx, id);
    if (!row || !canEdit(ctx.viewer, row)) throw validationFailed([{ field, code: 'unknown_reference', message: 'refers to no project you may change' }]);
    if (row.pilotAreaPlaceId === placeId) return;
    const partners = await findPartnerRows(tx, id);
    const contacts = await findContactRows(tx, id);
    const after = await updateProjectRow(tx, id, { pilotAreaPlaceId: placeId });
    await projectAudit.updated(tx, ctx, after, audited(row, partners, contacts), audited(after, partners, contacts));
  });
}

export async function deleteProject(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findProjectRow(tx, id), 'Project', id);
    const partners = await findPartnerRows(tx, id);
    const contacts = await findContactRows(tx, id);
    await deleteProjectRow(tx, id);
    await projectAudit.deleted(tx, ctx, before, audited(before, partners, contacts));
  });
}

/** The public projects, as the open data package publishes them. */
export async function listPublicProjectsForExport(ctx: ServiceContext): Promise<ProjectRow[]> {
  return ctx.transaction((tx) => findPublicProjectRows(tx));
}

/** The projects the viewer may see in a period and workspace, by title, as stored, for reports. */
export async function projectsForReport(
  ctx: ServiceContext,
  scope: { from?: string; to?: string; workspaceId?: string; onlyIds?: string[] },
): Promise<ProjectRow[]> {
  return ctx.transaction((tx, ctx) => findProjectRowsInPeriod(tx, ctx.viewer, scope));
}

/** The partners of these projects, project by project in their order. */
export async function projectPartnersForReport(ctx: ServiceContext, projectIds: string[]): Promise<ProjectPartnerRow[]> {
  return ctx.transaction((tx) => findPartnerRowsOf(tx, projectIds));
}

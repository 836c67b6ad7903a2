import { canEdit, canRead, requireCreateIn, requireEdit, requireRead } from '../../core/auth/policy.js';
import type { DbExecutor } from '../../core/db/client.js';
import { validationFailed, type FieldIssue } from '../../core/errors.js';
import { everyPage, type Page } from '../../core/http/pagination.js';
import { sortedPage } from '../../core/sorted-page.js';
import type { ServiceContext } from '../../core/service-context.js';
import { newRecordScope } from '../../core/records/record-visibility.js';
import { deleteUnlessReferenced, mergeRecords, requireMergeTarget, undoMergeOf, type DeletableKind } from '../merging/merging.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { requireVisibleThemes, themeRefsByIds } from '../themes/themes.service.js';
import { workspaceRefsByIds } from '../workspaces/workspace-refs.service.js';
import { auditedOrganization, presentOrganizationDetail, presentOrganizationRef, presentOrganizationSummary } from './actors.presenter.js';
import {
  deleteOrganizationRow,
  findChildOrganizationRows,
  findOrganizationRow,
  findOrganizationsByIds,
  findSimilarOrganizationRows,
  findThemeIdsOf,
  insertOrganizationRow,
  isOrganizationSelfOrDescendant,
  listOrganizationRows,
  replaceThemeIds,
  searchOrganizationRows,
  updateOrganizationRow,
  type OrganizationInsert,
  type OrganizationRow,
} from './organizations.repository.js';
import type {
  OrganizationCandidate,
  OrganizationCreate,
  OrganizationDetail,
  OrganizationListQuery,
  OrganizationRef,
  OrganizationSimilarQuery,
  OrganizationSummary,
  OrganizationUpdate,
} from './organizations.schemas.js';
import { findMembersOf } from './people.repository.js';
import { actorConflict } from './actors.errors.js';
import { auditTrail } from '../audit/audit.service.js';
import { pickGivenFields } from '../../core/records/pick-fields.js';

const organizationAudit = auditTrail<OrganizationRow>('organization', (row) => row.name);

const mergeableOrganizations: DeletableKind = {
  table: 'organizations',
  entityType: 'organization',
  partTables: ['organization_themes'],
  tree: { isSelfOrDescendant: isOrganizationSelfOrDescendant, refusal: 'cannot be the organization itself or one inside it' },
  stillReferenced: (references) =>
    actorConflict('organization_referenced', `The organization is still referred to by ${references}; merge it into another organization instead`),
};

/** Short descriptions of the organizations other modules link to, for the ones the viewer may see. */
export async function organizationRefsByIds(
  ctx: ServiceContext,
  ids: Iterable<string | null | undefined>,
): Promise<Map<string, OrganizationRef>> {
  const unique = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  const rows = await ctx.transaction((tx) => findOrganizationsByIds(tx, ctx.viewer, unique));
  return new Map(rows.map((row) => [row.id, presentOrganizationRef(row)]));
}

/** A town or an organisation a record comes from or stands for; the town is named when both are given. */
export interface PlaceOrOrganization {
  placeId: string | null;
  organizationId: string | null;
}

/**
 * Looks up the towns and organisations of several records at once (those the viewer may see) and
 * returns how each record's one is named: its non-blank names by language, `und` as written.
 */
export async function placeOrOrganizationNamer(ctx: ServiceContext, items: PlaceOrOrganization[]): Promise<(item: PlaceOrOrganization) => Record<string, string> | undefined> {
  const places = await placeRefsByIds(ctx, items.map((item) => item.placeId));
  const organizations = await organizationRefsByIds(ctx, items.map((item) => item.organizationId));
  return (item) => {
    const ref = (item.placeId && places.get(item.placeId)) || (item.organizationId && organizations.get(item.organizationId)) || undefined;
    if (!ref) return undefined;
    const names = Object.entries(ref.names ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '');
    return { ...Object.fromEntries(names), und: ref.name };
  };
}

async function summaries(ctx: ServiceContext, tx: DbExecutor, rows: OrganizationRow[]): Promise<Map<string, OrganizationSummary>> {
  const seats = await placeRefsByIds(ctx, rows.map((row) => row.seatPlaceId));
  const themeIds = await findThemeIdsOf(tx, rows.map((row) => row.id));
  const themes = await themeRefsByIds(ctx, [...themeIds.values()].flat());
  return new Map(
    rows.map((row) => [
      row.id,
      presentOrganizationSummary(
        row,
        (row.seatPlaceId && seats.get(row.seatPlaceId)) || null,
        (themeIds.get(row.id) ?? []).flatMap((id) => (themes.has(id) ? [themes.get(id)!] : [])),
      ),
    ]),
  );
}

export function listOrganizations(ctx: ServiceContext, query: OrganizationListQuery): Promise<Page<OrganizationSummary>> {
  return sortedPage(ctx, query, {
    column: 'sortName',
    rows: (tx, ctx, window) => listOrganizationRows(tx, ctx.viewer, query, window),
    present: async (shown, tx, ctx) => {
      const presented = await summaries(ctx, tx, shown);
      return (row) => presented.get(row.id)!;
    },
  });
}

/** Summaries with the workspace and parent of each organization, so that records of the same name can be told apart. */
async function candidates(ctx: ServiceContext, tx: DbExecutor, rows: OrganizationRow[]): Promise<OrganizationCandidate[]> {
  const presented = await summaries(ctx, tx, rows);
  const workspaces = await workspaceRefsByIds(ctx, rows.map((row) => row.workspaceId));
  const parentIds = rows.flatMap((row) => (row.parentId ? [row.parentId] : []));
  const parents = new Map((await findOrganizationsByIds(tx, ctx.viewer, parentIds)).map((parent) => [parent.id, presentOrganizationRef(parent)]));
  return rows.map((row) => {
    const workspace = workspaces.get(row.workspaceId);
    return {
      ...presented.get(row.id)!,
      workspace: workspace ? { id: workspace.id, name: workspace.name } : null,
      parent: (row.parentId && parents.get(row.parentId)) || null,
    };
  });
}

export async function autocompleteOrganizations(ctx: ServiceContext, q: string, limit: number): Promise<OrganizationCandidate[]> {
  return ctx.transaction(async (tx, ctx) => candidates(ctx, tx, await searchOrganizationRows(tx, ctx.viewer, q, limit)));
}

/** The organizations the viewer can see that a new one of this name and seat would likely duplicate. */
export async function similarOrganizations(ctx: ServiceContext, query: OrganizationSimilarQuery): Promise<OrganizationCandidate[]> {
  return ctx.transaction(async (tx, ctx) => candidates(ctx, tx, await findSimilarOrganizationRows(tx, ctx.viewer, query, query.limit)));
}

async function presentDetail(tx: DbExecutor, ctx: ServiceContext, row: OrganizationRow): Promise<OrganizationDetail> {
  const summary = (await summaries(ctx, tx, [row])).get(row.id)!;
  const parentRow = row.parentId ? await findOrganizationRow(tx, row.parentId) : undefined;
  return presentOrganizationDetail(row, {
    seat: summary.seat,
    themes: summary.themes,
    parent: parentRow && canRead(ctx.viewer, parentRow) ? parentRow : null,
    children: await findChildOrganizationRows(tx, ctx.viewer, row.id),
    members: await findMembersOf(tx, ctx.viewer, row.id),
    canEdit: canEdit(ctx.viewer, row),
  });
}

export async function getOrganization(ctx: ServiceContext, id: string): Promise<OrganizationDetail> {
  return ctx.transaction(async (tx, ctx) => presentDetail(tx, ctx, requireRead(ctx.viewer, await findOrganizationRow(tx, id), 'Organization', id)));
}

/** Checks references of an organization; returns its country (given, or the seat's). */
async function validateLinks(
  tx: DbExecutor,
  ctx: ServiceContext,
  input: { seatPlaceId?: string | null; countryCode?: string | null; parentId?: string | null; themeIds?: string[] },
  selfId: string | null,
): Promise<string | null | undefined> {
  const issues: FieldIssue[] = [];
  let country = input.countryCode;
  if (input.seatPlaceId) {
    const seat = (await placeRefsByIds(ctx, [input.seatPlaceId])).get(input.seatPlaceId);
    if (!seat) issues.push({ field: 'body.seatPlaceId', code: 'unknown_reference', message: 'refers to no place you can see' });
    else if (country && seat.countryCode && country !== seat.countryCode) issues.push({ field: 'body.countryCode', code: 'country_mismatch', message: `must be ${seat.countryCode}, the country of the seat` });
    else country = country ?? seat.countryCode;
  }
  if (input.parentId) {
    const parent = await findOrganizationRow(tx, input.parentId);
    if (!parent || !canRead(ctx.viewer, parent)) issues.push({ field: 'body.parentId', code: 'unknown_reference', message: 'refers to no organization you can see' });
    else if (selfId && (await isOrganizationSelfOrDescendant(tx, selfId, input.parentId))) issues.push({ field: 'body.parentId', code: 'merge_into_self', message: 'cannot be the organization itself or one inside it' });
  }
  if (issues.length > 0) throw validationFailed(issues);
  if (input.themeIds) await requireVisibleThemes(ctx, input.themeIds, 'body.themeIds');
  return country;
}

export async function createOrganization(ctx: ServiceContext, input: OrganizationCreate): Promise<OrganizationDetail> {
  return ctx.transaction(async (tx, ctx) => {
    requireCreateIn(ctx.viewer, input.workspaceId);
    const countryCode = await validateLinks(tx, ctx, input, null);
    const row = await insertOrganizationRow(tx, {
      ...newRecordScope(ctx.viewer, input, 'workspace'),
      kind: input.kind,
      name: input.name,
      names: input.names ?? {},
      shortName: input.shortName ?? null,
      description: input.description ?? {},
      seatPlaceId: input.seatPlaceId ?? null,
      countryCode: countryCode ?? null,
      parentId: input.parentId ?? null,
      website: input.website ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      address: input.address ?? null,
      iatiIdentifier: input.iatiIdentifier ?? null,
    });
    await replaceThemeIds(tx, row.id, input.themeIds ?? []);
    await organizationAudit.created(tx, ctx, row, auditedOrganization(row, input.themeIds ?? []));
    return presentDetail(tx, ctx, row);
  });
}

export async function updateOrganization(ctx: ServiceContext, id: string, input: OrganizationUpdate): Promise<OrganizationDetail> {
  return ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findOrganizationRow(tx, id), 'Organization', id);
    const themesBefore = (await findThemeIdsOf(tx, [id])).get(id) ?? [];
    const seatPlaceId = input.seatPlaceId === undefined ? before.seatPlaceId : input.seatPlaceId;
    const countryCode = await validateLinks(
      tx,
      ctx,
      {
        seatPlaceId: input.seatPlaceId === undefined ? null : seatPlaceId,
        countryCode: input.countryCode === undefined ? (input.seatPlaceId ? null : before.countryCode) : input.countryCode,
        parentId: input.parentId,
        themeIds: input.themeIds,
      },
      id,
    );
    const changes: Partial<OrganizationInsert> = pickGivenFields(input, ['kind', 'name', 'names', 'shortName', 'description', 'seatPlaceId', 'parentId', 'website', 'email', 'phone', 'address', 'iatiIdentifier', 'visibility'] as const);
    if (countryCode !== undefined) changes.countryCode = countryCode;
    const row = await updateOrganizationRow(tx, id, changes);
    if (input.themeIds) await replaceThemeIds(tx, id, input.themeIds);
    await organizationAudit.updated(tx, ctx, row, auditedOrganization(before, themesBefore), auditedOrganization(row, input.themeIds ?? themesBefore));
    return presentDetail(tx, ctx, row);
  });
}

export async function deleteOrganization(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findOrganizationRow(tx, id), 'Organization', id);
    const themeIds = (await findThemeIdsOf(tx, [id])).get(id) ?? [];
    await deleteUnlessReferenced(tx, mergeableOrganizations, id, () => deleteOrganizationRow(tx, id));
    await organizationAudit.deleted(tx, ctx, before, auditedOrganization(before, themeIds));
  });
}

export async function mergeOrganization(ctx: ServiceContext, id: string, intoId: string) {
  return ctx.transaction(async (tx, ctx) => {
    const from = requireEdit(ctx.viewer, await findOrganizationRow(tx, id), 'Organization', id);
    const into = requireMergeTarget(ctx.viewer, await findOrganizationRow(tx, intoId), 'organization');
    return mergeRecords(tx, ctx, mergeableOrganizations, { from, intoId, label: into.name, mergedRecord: auditedOrganization(from) });
  });
}

export const undoOrganizationMerge = undoMergeOf('organization');

/** Every organization of a list in pages, for CSV export. */
export async function* exportOrganizations(ctx: ServiceContext, query: Omit<OrganizationListQuery, 'limit' | 'cursor'>): AsyncGenerator<OrganizationSummary[]> {
  yield* everyPage((cursor) => listOrganizations(ctx, { ...query, limit: 100, cursor }));
}

/** Organizations whose name or short name is exactly this (ignoring case and accents). */
export async function findOrganizationsNamed(ctx: ServiceContext, name: string): Promise<OrganizationSummary[]> {
  const wanted = name.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const same = (text: string | null) => text !== null && text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '') === wanted;
  const candidates = await autocompleteOrganizations(ctx, name, 20);
  return candidates.filter((candidate) => same(candidate.name) || same(candidate.shortName));
}

/** Organizations other modules link to, with the country they are counted under. */
export async function organizationFactsByIds(
  ctx: ServiceContext,
  ids: Iterable<string | null | undefined>,
): Promise<Map<string, OrganizationRef & { countryCode: string | null }>> {
  const unique = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  if (unique.length === 0) return new Map();
  const rows = await ctx.transaction((tx) => findOrganizationsByIds(tx, ctx.viewer, unique));
  return new Map(rows.map((row) => [row.id, { ...presentOrganizationRef(row), countryCode: row.countryCode }]));
}

import { canEdit, requireCreateIn, requireEdit, requireRead } from '../../core/auth/policy.js';
import { userIdOf } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { fieldIssue, notFound, validationFailed, type FieldIssue } from '../../core/errors.js';
import type { ServiceContext } from '../../core/service-context.js';
import { organizationRefsByIds } from '../actors/organizations.service.js';
import { personRefsByIds } from '../actors/people.service.js';
import { auditTrail, partAuditTrail } from '../audit/audit.service.js';
import { pastExchangesOfPerson } from '../exchanges/person-exchanges.service.js';
import { placePopulationsByIds, placeRefsByIds } from '../places/places.service.js';
import { requireVisibleThemes, themeRefsByIds } from '../themes/themes.service.js';
import { presentItem, presentProfileSummary, type ProfileReferences } from './matching.presenter.js';
import {
  deleteItemRow,
  findItemRows,
  findItemRowsByIds,
  findProfileRow,
  findProfileThemeIds,
  insertItemRows,
  insertProfileRow,
  updateItemRow,
  listProfileRows,
  replaceProfileThemeIds,
  updateProfileRow,
  type MatchingItemRow,
  type MatchingProfileRow,
} from './matching.repository.js';
import {
  speaksForOne,
  type MatchingItem,
  type MatchingItemCreate,
  type MatchingItemUpdate,
  type MatchingProfileCreate,
  type MatchingProfileDetail,
  type MatchingProfileSummary,
  type MatchingProfileUpdate,
} from './matching.schemas.js';
import type { ProfileSubject } from './matching.tables.js';

const matchingItemAudit = partAuditTrail('matching_item');

const matchingProfileAudit = auditTrail<MatchingProfileRow>('matching_profile', () => null);

/** Names, places and themes the profiles refer to, as far as the viewer may see them. */
export async function profileReferences(ctx: ServiceContext, rows: MatchingProfileRow[], themeIds: Iterable<string> = []): Promise<ProfileReferences> {
  const placeIds = rows.map((row) => row.placeId);
  return {
    places: await placeRefsByIds(ctx, placeIds),
    populations: await placePopulationsByIds(ctx, placeIds),
    organizations: await organizationRefsByIds(ctx, rows.map((row) => row.organizationId)),
    people: await personRefsByIds(ctx, rows.flatMap((row) => [row.personId, row.contactPersonId])),
    themes: await themeRefsByIds(ctx, themeIds),
  };
}

export async function listProfiles(ctx: ServiceContext, query: { subject?: ProfileSubject; workspaceId?: string; limit: number }): Promise<{ items: MatchingProfileSummary[] }> {
  const rows = await ctx.transaction((tx, ctx) => listProfileRows(tx, ctx.viewer, query));
  const refs = await profileReferences(ctx, rows);
  return { items: rows.map((row) => presentProfileSummary(row, refs)) };
}

async function presentDetail(ctx: ServiceContext, tx: DbExecutor, row: MatchingProfileRow): Promise<MatchingProfileDetail> {
  const themeIds = await findProfileThemeIds(tx, row.id);
  const items = await findItemRows(tx, [row.id]);
  const pastExchanges = row.personId ? await pastExchangesOfPerson(ctx, row.personId) : [];
  const refs = await profileReferences(ctx, [row], [...themeIds, ...items.map((item) => item.themeId), ...pastExchanges.flatMap((exchange) => exchange.themeIds)]);
  const present = (item: MatchingItemRow) => presentItem(item, refs.themes);
  return {
    ...presentProfileSummary(row, refs),
    workspaceId: row.workspaceId,
    canEdit: canEdit(ctx.viewer, row),
    summary: row.summary,
    contactPerson: row.contactPersonId ? (refs.people.get(row.contactPersonId) ?? null) : null,
    availability: row.availability,
    themes: themeIds.flatMap((id) => refs.themes.get(id) ?? []),
    needs: items.filter((item) => item.direction === 'need').map(present),
    offers: items.filter((item) => item.direction === 'offer').map(present),
    pastExchanges: pastExchanges.map(({ themeIds: exchangeThemeIds, ...exchange }) => ({ ...exchange, themes: exchangeThemeIds.flatMap((id) => refs.themes.get(id) ?? []) })),
  };
}

export async function getProfile(ctx: ServiceContext, id: string): Promise<MatchingProfileDetail> {
  return ctx.transaction(async (tx, ctx) => presentDetail(ctx, tx, requireRead(ctx.viewer, await findProfileRow(tx, id), 'Matching profile', id)));
}

/** The profile, readable by the viewer; other modules and the suggestions start from it. */
export async function readableProfile(ctx: ServiceContext, id: string): Promise<MatchingProfileRow> {
  return ctx.transaction(async (tx, ctx) => requireRead(ctx.viewer, await findProfileRow(tx, id), 'Matching profile', id));
}

async function referenceIssues(
  ctx: ServiceContext,
  input: { placeId?: string; organizationId?: string; personId?: string; contactPersonId?: string | null },
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (!speaksForOne(input)) issues.push(fieldIssue('body.placeId', 'either_required', 'a profile speaks for one municipality (placeId), organisation (organizationId) or expert (personId)'));
  if (input.placeId && !(await placeRefsByIds(ctx, [input.placeId])).has(input.placeId)) {
    issues.push(fieldIssue('body.placeId', 'unknown_reference', 'refers to no place you can see'));
  }
  if (input.organizationId && !(await organizationRefsByIds(ctx, [input.organizationId])).has(input.organizationId)) {
    issues.push(fieldIssue('body.organizationId', 'unknown_reference', 'refers to no organisation you can see'));
  }
  for (const field of ['personId', 'contactPersonId'] as const) {
    const id = input[field];
    if (id && !(await personRefsByIds(ctx, [id])).has(id)) issues.push(fieldIssue(`body.${field}`, 'unknown_reference', 'refers to no person you can see'));
  }
  return issues;
}

async function requireItemThemes(ctx: ServiceContext, items: MatchingItemCreate[], fieldOf: (index: number) => string): Promise<void> {
  const found = await themeRefsByIds(ctx, items.map((item) => item.themeId));
  const issues = items.flatMap((item, index) =>
    found.has(item.themeId) ? [] : [fieldIssue(fieldOf(index), 'unknown_reference', 'refers to no theme you can see')],
  );
  if (issues.length > 0) throw validationFailed(issues);
}

const snapshot = (row: MatchingProfileRow, themeIds: string[]) => ({
  placeId: row.placeId,
  organizationId: row.organizationId,
  personId: row.personId,
  population: row.population,
  languages: row.languages,
  partnershipTypes: row.partnershipTypes,
  summary: row.summary,
  contactPersonId: row.contactPersonId,
  availability: row.availability,
  visibility: row.visibility,
  themeIds,
});

const itemSnapshot = (row: MatchingItemRow) => ({
  profileId: row.profileId,
  direction: row.direction,
  themeId: row.themeId,
  kind: row.kind,
  description: row.description,
  urgency: row.urgency,
  until: row.until,
});

const itemRow = (profileId: string, item: MatchingItemCreate) => ({ profileId, ...item });

export async function createProfile(ctx: ServiceContext, input: MatchingProfileCreate): Promise<MatchingProfileDetail> {
  requireCreateIn(ctx.viewer, input.workspaceId);
  return ctx.transaction(async (tx, ctx) => {
    const issues = await referenceIssues(ctx, input);
    if (issues.length > 0) throw validationFailed(issues);
    await requireVisibleThemes(ctx, input.themeIds, 'body.themeIds');
    await requireItemThemes(ctx, input.items, (index) => `body.items.${index}.themeId`);
    const { themeIds, items, ...fields } = input;
    const row = await insertProfileRow(tx, { ...fields, languages: [...new Set(fields.languages)], createdBy: userIdOf(ctx.viewer) });
    await replaceProfileThemeIds(tx, row.id, themeIds);
    const inserted = await insertItemRows(tx, items.map((item) => itemRow(row.id, item)));
    await matchingProfileAudit.created(tx, ctx, row, { ...snapshot(row, themeIds), items: inserted.map(itemSnapshot) });
    return presentDetail(ctx, tx, row);
  });
}

export async function updateProfile(ctx: ServiceContext, id: string, input: MatchingProfileUpdate): Promise<MatchingProfileDetail> {
  return ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findProfileRow(tx, id), 'Matching profile', id);
    const issues = await referenceIssues(ctx, { ...before, placeId: before.placeId ?? undefined, organizationId: before.organizationId ?? undefined, personId: before.personId ?? undefined, contactPersonId: input.contactPersonId });
    if (issues.length > 0) throw validationFailed(issues);
    if (input.themeIds) await requireVisibleThemes(ctx, input.themeIds, 'body.themeIds');
    const themesBefore = await findProfileThemeIds(tx, id);
    const { themeIds, ...fields } = input;
    const row = await updateProfileRow(tx, id, { ...fields, ...(fields.languages ? { languages: [...new Set(fields.languages)] } : {}) });
    if (themeIds) await replaceProfileThemeIds(tx, id, themeIds);
    await matchingProfileAudit.updated(tx, ctx, row, snapshot(before, themesBefore), snapshot(row, themeIds ?? themesBefore));
    return presentDetail(ctx, tx, row);
  });
}

export async function addItem(ctx: ServiceContext, profileId: string, input: MatchingItemCreate): Promise<MatchingItem> {
  return ctx.transaction(async (tx, ctx) => {
    const profile = requireEdit(ctx.viewer, await findProfileRow(tx, profileId), 'Matching profile', profileId);
    await requireItemThemes(ctx, [input], () => 'body.themeId');
    const [row] = await insertItemRows(tx, [itemRow(profileId, input)]);
    await matchingItemAudit.created(tx, ctx, { workspaceId: profile.workspaceId, id: row!.id }, itemSnapshot(row!));
    return presentItem(row!, await themeRefsByIds(ctx, [row!.themeId]));
  });
}

/** Changes a need or an offer in place; its direction stays (withdraw it and publish the other). */
export async function updateItem(ctx: ServiceContext, profileId: string, itemId: string, input: MatchingItemUpdate): Promise<MatchingItem> {
  return ctx.transaction(async (tx, ctx) => {
    const profile = requireEdit(ctx.viewer, await findProfileRow(tx, profileId), 'Matching profile', profileId);
    const [before] = await findItemRowsByIds(tx, [itemId]);
    if (!before || before.profileId !== profile.id) throw notFound('Need or offer', itemId);
    if (input.themeId && !(await themeRefsByIds(ctx, [input.themeId])).has(input.themeId)) {
      throw validationFailed([fieldIssue('body.themeId', 'unknown_reference', 'refers to no theme you can see')]);
    }
    const row = await updateItemRow(tx, itemId, input);
    await matchingItemAudit.updated(tx, ctx, { workspaceId: profile.workspaceId, id: itemId }, itemSnapshot(before), itemSnapshot(row));
    return presentItem(row, await themeRefsByIds(ctx, [row.themeId]));
  });
}

export async function removeItem(ctx: ServiceContext, profileId: string, itemId: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const profile = requireEdit(ctx.viewer, await findProfileRow(tx, profileId), 'Matching profile', profileId);
    const [row] = await findItemRowsByIds(tx, [itemId]);
    if (!row || row.profileId !== profileId) throw notFound('Need or offer', itemId);
    await deleteItemRow(tx, itemId);
    await matchingItemAudit.deleted(tx, ctx, { workspaceId: profile.workspaceId, id: itemId }, itemSnapshot(row));
  });
}

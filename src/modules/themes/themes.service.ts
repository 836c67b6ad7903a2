import { REFERENCE_WORKSPACE_ID } from '../../core/records/reference-workspace.js';
import { canCoordinate, canRead, requireRead } from '../../core/auth/policy.js';
import type { DbExecutor } from '../../core/db/client.js';
import { forbidden, notFound, unauthorized, validationFailed, type FieldIssue } from '../../core/errors.js';
import type { Page } from '../../core/http/pagination.js';
import { sortedPage } from '../../core/sorted-page.js';
import type { ServiceContext } from '../../core/service-context.js';
import { newRecordScope } from '../../core/records/record-visibility.js';
import { deleteUnlessReferenced, mergeRecords, requireMergeTarget, undoMergeOf, type DeletableKind } from '../merging/merging.service.js';
import { auditedTheme, presentThemeDetail, presentThemeRef, presentThemeSummary } from './themes.presenter.js';
import {
  deleteThemeRow,
  findChildThemeRows,
  findThemeRow,
  findThemesByIds,
  insertThemeRow,
  isThemeSelfOrDescendant,
  listAllThemeRows,
  listThemeRows,
  updateThemeRow,
  type ThemeRow,
  findThemesBySlugs,
  findPublicThemeRows,
  findThemeTree,
} from './themes.repository.js';
import type { ThemeCreate, ThemeDetail, ThemeListQuery, ThemeRef, ThemeSummary, ThemeUpdate } from './themes.schemas.js';
import { themeConflict } from './themes.errors.js';
import { countThemeUses } from '../actors/actors.service.js';
import { auditTrail } from '../audit/audit.service.js';

const themeAudit = auditTrail<ThemeRow>('theme', (row) => row.slug);

const mergeableThemes: DeletableKind = {
  table: 'themes',
  entityType: 'theme',
  tree: { isSelfOrDescendant: isThemeSelfOrDescendant, refusal: 'cannot be the theme itself or one below it' },
  stillReferenced: (references) => themeConflict('theme_referenced', `The theme is still used by ${references}; merge it into another theme instead`),
};

/** Themes other modules link to, for the ones the viewer may see. */
export async function themeRefsByIds(ctx: ServiceContext, ids: Iterable<string>): Promise<Map<string, ThemeRef>> {
  const unique = [...new Set(ids)];
  const rows = await ctx.transaction((tx) => findThemesByIds(tx, ctx.viewer, unique));
  return new Map(rows.map((row) => [row.id, presentThemeRef(row)]));
}

/** Which of these theme ids the viewer may use; the others are named as bad fields. */
export async function requireVisibleThemes(ctx: ServiceContext, ids: string[], field: string): Promise<void> {
  const found = await themeRefsByIds(ctx, ids);
  const issues = ids.flatMap((id, index) => (found.has(id) ? [] : [{ field: `${field}.${index}`, code: 'unknown_reference' as const, message: 'refers to no theme you can see' }]));
  if (issues.length > 0) throw validationFailed(issues);
}

export function listThemes(ctx: ServiceContext, query: ThemeListQuery): Promise<Page<ThemeSummary>> {
  return sortedPage(ctx, query, {
    column: 'sortName',
    rows: (tx, ctx, window) => listThemeRows(tx, ctx.viewer, query, window),
    present: () => presentThemeSummary,
  });
}

/** The largest taxonomy the tree endpoint returns in one answer. */
export const THEME_TREE_LIMIT = 2000;

export async function themeTree(ctx: ServiceContext): Promise<ThemeSummary[]> {
  return ctx.transaction(async (tx, ctx) => (await listAllThemeRows(tx, ctx.viewer, THEME_TREE_LIMIT)).map(presentThemeSummary));
}

async function presentDetail(tx: DbExecutor, ctx: ServiceContext, row: ThemeRow): Promise<ThemeDetail> {
  const parentRow = row.parentId ? await findThemeRow(tx, row.parentId) : undefined;
  return presentThemeDetail(row, {
    parent: parentRow && canRead(ctx.viewer, parentRow) ? parentRow : null,
    children: await findChildThemeRows(tx, ctx.viewer, row.id),
    uses: await countThemeUses(tx, row.id),
    canEdit: canCoordinate(ctx.viewer, row.workspaceId),
  });
}

export async function getTheme(ctx: ServiceContext, id: string): Promise<ThemeDetail> {
  return ctx.transaction(async (tx, ctx) => presentDetail(tx, ctx, requireRead(ctx.viewer, await findThemeRow(tx, id), 'Theme', id)));
}

function requireCoordinator(ctx: ServiceContext, workspaceId: string): void {
  if (ctx.viewer.kind === 'anonymous') throw unauthorized();
  if (!canCoordinate(ctx.viewer, workspaceId)) throw forbidden('Only owners and coordinators of the workspace curate its themes');
}

async function validateParent(tx: DbExecutor, ctx: ServiceContext, parentId: string | null | undefined, selfId: string | null): Promise<void> {
  if (!parentId) return;
  const issues: FieldIssue[] = [];
  const parent = await findThemeRow(tx, parentId);
  if (!parent || !canRead(ctx.viewer, parent)) issues.push({ field: 'body.parentId', code: 'unknown_reference', message: 'refers to no theme you can see' });
  else if (selfId && (await isThemeSelfOrDescendant(tx, selfId, parentId))) issues.push({ field: 'body.parentId', code: 'merge_into_self', message: 'cannot be the theme itself or one below it' });
  if (issues.length > 0) throw validationFailed(issues);
}

export async function createTheme(ctx: ServiceContext, input: ThemeCreate): Promise<ThemeDetail> {
  // A workspace the viewer does not belong to is answered like one that does not exist.
  if (ctx.viewer.kind === 'user' && !ctx.viewer.roles.has(input.workspaceId)) throw notFound('Workspace', input.workspaceId);
  return ctx.transaction(async (tx, ctx) => {
    requireCoordinator(ctx, input.workspaceId);
    await validateParent(tx, ctx, input.parentId, null);
    const row = await insertThemeRow(tx, {
      ...newRecordScope(ctx.viewer, input, 'public'),
      slug: input.slug,
      name: input.name,
      description: input.description ?? {},
      parentId: input.parentId ?? null,
      position: input.position ?? 0,
    });
    await themeAudit.created(tx, ctx, row, auditedTheme(row));
    return presentDetail(tx, ctx, row);
  });
}

export async function updateTheme(ctx: ServiceContext, id: string, input: ThemeUpdate): Promise<ThemeDetail> {
  return ctx.transaction(async (tx, ctx) => {
    const before = requireRead(ctx.viewer, await findThemeRow(tx, id), 'Theme', id);
    requireCoordinator(ctx, before.workspaceId);
    if (input.parentId !== undefined) await validateParent(tx, ctx, input.parentId, id);
    const row = await updateThemeRow(tx, id, input);
    await themeAudit.updated(tx, ctx, row, auditedTheme(before), auditedTheme(row));
    return presentDetail(tx, ctx, row);
  });
}

export async function deleteTheme(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireRead(ctx.viewer, await findThemeRow(tx, id), 'Theme', id);
    requireCoordinator(ctx, before.workspaceId);
    await deleteUnlessReferenced(tx, mergeableThemes, id, () => deleteThemeRow(tx, id));
    await themeAudit.deleted(tx, ctx, before, auditedTheme(before));
  });
}

export async function mergeTheme(ctx: ServiceContext, id: string, intoId: string) {
  return ctx.transaction(async (tx, ctx) => {
    const from = requireRead(ctx.viewer, await findThemeRow(tx, id), 'Theme', id);
    requireCoordinator(ctx, from.workspaceId);
    const into = requireMergeTarget(ctx.viewer, await findThemeRow(tx, intoId), 'theme');
    return mergeRecords(tx, ctx, mergeableThemes, { from, intoId, label: into.slug, mergedRecord: auditedTheme(from) });
  });
}

export const undoThemeMerge = undoMergeOf('theme');

/** The themes of these slugs the viewer may see (the reference taxonomy's, where a slug is used twice). */
export async function themesBySlugs(ctx: ServiceContext, slugs: string[]): Promise<Map<string, ThemeRef>> {
  const rows = await ctx.transaction((tx, ctx) => findThemesBySlugs(tx, ctx.viewer, [...new Set(slugs)], REFERENCE_WORKSPACE_ID));
  const bySlug = new Map<string, ThemeRef>();
  for (const row of rows) if (!bySlug.has(row.slug)) bySlug.set(row.slug, presentThemeRef(row));
  return bySlug;
}

/** The themes as entries of the search's thesaurus. */
export { themeNamesAsTerms } from './themes.repository.js';

/** The public themes, as the open data package publishes them. */
export async function listPublicThemesForExport(ctx: ServiceContext): Promise<ThemeRow[]> {
  return ctx.transaction((tx) => findPublicThemeRows(tx));
}

/** Every theme the viewer may see, with its parent, for reports that walk up the hierarchy. */
export async function themeTreeForReport(ctx: ServiceContext): Promise<{ id: string; slug: string; parentId: string | null }[]> {
  return ctx.transaction((tx, ctx) => findThemeTree(tx, ctx.viewer));
}

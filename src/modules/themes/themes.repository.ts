import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { visibleTo } from '../../core/records/record-visibility.js';
import { themes } from './themes.tables.js';
import { findRowsWhere, keysetPageRows, recordRowsOf } from '../../core/db/rows.js';
import { likeContains } from '../../core/db/like-pattern.js';
import { type KeysetPage, equalFilters } from '../../core/db/list-filters.js';
import { isSelfOrDescendantIn } from '../../core/db/tree.js';

export type ThemeRow = typeof themes.$inferSelect;
export type ThemeInsert = typeof themes.$inferInsert;

export const { visibleByIds: findThemesByIds, find: findThemeRow, insert: insertThemeRow, update: updateThemeRow, remove: deleteThemeRow } = recordRowsOf(themes);

export async function listThemeRows(db: DbExecutor, viewer: Viewer, filter: { parentId?: string; q?: string }, page: KeysetPage<'sortName'>): Promise<ThemeRow[]> {
  const conditions: (SQL | undefined)[] = [visibleTo(viewer, themes), ...equalFilters(filter, { parentId: themes.parentId })];
  if (filter.q) conditions.push(sql`lower(public.immutable_unaccent(${themes.name}::text)) LIKE ${likeContains(filter.q)}`);
  return keysetPageRows(db, themes, 'sortName', conditions, page);
}

/** Every theme the viewer may see, for the tree (a curated vocabulary of some hundred entries). */
export async function listAllThemeRows(db: DbExecutor, viewer: Viewer, limit: number): Promise<ThemeRow[]> {
  return db
    .select()
    .from(themes)
    .where(visibleTo(viewer, themes))
    .orderBy(asc(themes.position), asc(themes.sortName))
    .limit(limit);
}

export function findChildThemeRows(db: DbExecutor, viewer: Viewer, parentId: string): Promise<ThemeRow[]> {
  return findRowsWhere(db, themes, and(eq(themes.parentId, parentId), visibleTo(viewer, themes)), asc(themes.position), asc(themes.sortName));
}

export function isThemeSelfOrDescendant(db: DbExecutor, themeId: string, candidateId: string): Promise<boolean> {
  return isSelfOrDescendantIn(db, themes, themeId, candidateId);
}

/** Themes by slug that the viewer may see; those of the reference taxonomy first. */
export async function findThemesBySlugs(db: DbExecutor, viewer: Viewer, slugs: string[], referenceWorkspaceId: string): Promise<ThemeRow[]> {
  if (slugs.length === 0) return [];
  return db
    .select()
    .from(themes)
    .where(and(sql`${themes.slug} = ANY(${sql.param(slugs)}::text[])`, visibleTo(viewer, themes)))
    .orderBy(sql`${themes.workspaceId} = ${referenceWorkspaceId} DESC`, asc(themes.id));
}

/** `SELECT id, terms` of the themes the viewer may see, their names in every language as terms (the search's thesaurus). */
export const themeNamesAsTerms = (viewer: Viewer): SQL =>
  sql`SELECT themes.id, ARRAY(SELECT e.v FROM jsonb_each_text(themes.name) e(k, v)) FROM themes WHERE ${visibleTo(viewer, themes)}`;

/** The public themes, for the open data package. */
export function findPublicThemeRows(db: DbExecutor): Promise<ThemeRow[]> {
  return findRowsWhere(db, themes, eq(themes.visibility, 'public'), asc(themes.sortName), asc(themes.id));
}

/** Every theme the viewer may see, for walking up to a reference theme. */
export async function findThemeTree(db: DbExecutor, viewer: Viewer): Promise<{ id: string; slug: string; parentId: string | null }[]> {
  return db.select({ id: themes.id, slug: themes.slug, parentId: themes.parentId }).from(themes).where(visibleTo(viewer, themes));
}

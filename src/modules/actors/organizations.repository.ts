import { and, asc, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { placeIdsWithin } from '../places/places.service.js';
import { visibleTo } from '../../core/records/record-visibility.js';
import { organizations, organizationThemes } from './organizations.tables.js';
import { existsIn, keysetPageRows, linksOf, recordRowsOf } from '../../core/db/rows.js';
import { likeContains } from '../../core/db/like-pattern.js';
import { type KeysetPage, equalFilters } from '../../core/db/list-filters.js';
import { isSelfOrDescendantIn } from '../../core/db/tree.js';

export type OrganizationRow = typeof organizations.$inferSelect;
export type OrganizationInsert = typeof organizations.$inferInsert;

export const { visibleByIds: findOrganizationsByIds, find: findOrganizationRow, insert: insertOrganizationRow, update: updateOrganizationRow, remove: deleteOrganizationRow } = recordRowsOf(organizations);

export interface OrganizationFilter {
  country?: string;
  kind?: OrganizationRow['kind'];
  themeId?: string;
  seatPlaceId?: string;
  withinPlaceId?: string;
  parentId?: string;
  q?: string;
}

export async function listOrganizationRows(db: DbExecutor, viewer: Viewer, filter: OrganizationFilter, page: KeysetPage<'sortName'>): Promise<OrganizationRow[]> {
  const conditions: (SQL | undefined)[] = [visibleTo(viewer, organizations), ...equalFilters(filter, { country: organizations.countryCode, kind: organizations.kind, seatPlaceId: organizations.seatPlaceId, parentId: organizations.parentId })];
  if (filter.withinPlaceId) {
    conditions.push(sql`${organizations.seatPlaceId} IN (${placeIdsWithin(filter.withinPlaceId)})`);
  }
  if (filter.q) conditions.push(sql`${organizations.searchText} LIKE public.immutable_unaccent(${likeContains(filter.q)})`);
  if (filter.themeId) {
    conditions.push(existsIn(db, organizationThemes, eq(organizationThemes.organizationId, organizations.id), eq(organizationThemes.themeId, filter.themeId)));
  }
  return keysetPageRows(db, organizations, 'sortName', conditions, page);
}

/** Names containing the typed text, closest (trigram similarity) first. */
export async function searchOrganizationRows(db: DbExecutor, viewer: Viewer, q: string, limit: number): Promise<OrganizationRow[]> {
  const typed = sql`public.immutable_unaccent(${q.toLowerCase()})`;
  return db
    .select()
    .from(organizations)
    .where(and(visibleTo(viewer, organizations), sql`(${organizations.searchText} LIKE public.immutable_unaccent(${likeContains(q)}) OR ${organizations.searchText} % ${typed})`))
    .orderBy(desc(sql`similarity(${organizations.searchText}, ${typed})`), asc(organizations.sortName))
    .limit(limit);
}

export const { idsByRecord: findThemeIdsOf, replace: replaceThemeIds } = linksOf(organizationThemes, 'organizationId', 'themeId');

export async function findChildOrganizationRows(db: DbExecutor, viewer: Viewer, parentId: string): Promise<OrganizationRow[]> {
  return db
    .select()
    .from(organizations)
    .where(and(eq(organizations.parentId, parentId), visibleTo(viewer, organizations)))
    .orderBy(asc(organizations.sortName))
    .limit(200);
}

export function isOrganizationSelfOrDescendant(db: DbExecutor, organizationId: string, candidateId: string): Promise<boolean> {
  return isSelfOrDescendantIn(db, organizations, organizationId, candidateId);
}

/**
 * Organizations whose name resembles the given one (trigram word similarity on the name keys) and
 * whose seat is the given one or unknown: the records a new entry would most likely duplicate.
 */
export async function findSimilarOrganizationRows(
  db: DbExecutor,
  viewer: Viewer,
  wanted: { name: string; seatPlaceId?: string; excludeId?: string },
  limit: number,
): Promise<OrganizationRow[]> {
  const typed = sql`public.immutable_unaccent(${wanted.name.toLowerCase()})`;
  const conditions: (SQL | undefined)[] = [
    visibleTo(viewer, organizations),
    sql`(${organizations.sortName} = ${typed} OR ${typed} <% ${organizations.searchText} OR ${organizations.sortName} % ${typed})`,
  ];
  if (wanted.seatPlaceId) conditions.push(or(eq(organizations.seatPlaceId, wanted.seatPlaceId), sql`${organizations.seatPlaceId} IS NULL`));
  if (wanted.excludeId) conditions.push(sql`${organizations.id} <> ${wanted.excludeId}`);
  return db
    .select()
    .from(organizations)
    .where(and(...conditions))
    .orderBy(desc(sql`greatest(similarity(${organizations.sortName}, ${typed}), word_similarity(${typed}, ${organizations.searchText}))`), asc(organizations.sortName), asc(organizations.id))
    .limit(limit);
}

/** How many organisations carry a theme. */
export async function countOrganizationsWithTheme(db: DbExecutor, themeId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(organizationThemes).where(eq(organizationThemes.themeId, themeId));
  return row?.n ?? 0;
}

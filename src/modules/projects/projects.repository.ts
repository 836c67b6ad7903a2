import { and, asc, eq, gte, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { visibleTo } from '../../core/records/record-visibility.js';
import { projectContacts, projectPartners, projects } from './projects.tables.js';
import { idIn } from '../../core/db/id-list.js';
import { findRowsIn, findRowsWhere, keysetPageRows, recordRowsOf } from '../../core/db/rows.js';
import { type KeysetPage, equalFilters } from '../../core/db/list-filters.js';

export type ProjectRow = typeof projects.$inferSelect;
export type ProjectInsert = typeof projects.$inferInsert;
export type ProjectPartnerRow = typeof projectPartners.$inferSelect;
export type ProjectContactRow = typeof projectContacts.$inferSelect;

export const { visibleByIds: findProjectsByIds, find: findProjectRow, insert: insertProjectRow, update: updateProjectRow, remove: deleteProjectRow } = recordRowsOf(projects);


export async function listProjectRows(db: DbExecutor, viewer: Viewer, filter: { status?: ProjectRow['status']; partnershipId?: string; carrierOrganizationId?: string }, page: KeysetPage<'sortTitle'>): Promise<ProjectRow[]> {
  const conditions: (SQL | undefined)[] = [visibleTo(viewer, projects), ...equalFilters(filter, { status: projects.status, partnershipId: projects.partnershipId, carrierOrganizationId: projects.carrierOrganizationId })];
  return keysetPageRows(db, projects, 'sortTitle', conditions, page);
}

export function findPartnerRows(db: DbExecutor, projectId: string): Promise<ProjectPartnerRow[]> {
  return findRowsWhere(db, projectPartners, eq(projectPartners.projectId, projectId), asc(projectPartners.position));
}

export function findContactRows(db: DbExecutor, projectId: string): Promise<ProjectContactRow[]> {
  return findRowsWhere(db, projectContacts, eq(projectContacts.projectId, projectId), asc(projectContacts.position));
}

export async function replacePartners(db: DbExecutor, projectId: string, partners: { organizationId: string; role: ProjectPartnerRow['role'] }[]): Promise<void> {
  await db.delete(projectPartners).where(eq(projectPartners.projectId, projectId));
  if (partners.length > 0) await db.insert(projectPartners).values(partners.map((partner, position) => ({ projectId, ...partner, position })));
}

export async function replaceContacts(
  db: DbExecutor,
  projectId: string,
  contacts: { organizationId: string | null; personId: string | null; role: string }[],
): Promise<void> {
  await db.delete(projectContacts).where(eq(projectContacts.projectId, projectId));
  if (contacts.length > 0) await db.insert(projectContacts).values(contacts.map((contact, position) => ({ projectId, ...contact, position })));
}

/** The public projects, by title, for the open data package. */
export function findPublicProjectRows(db: DbExecutor): Promise<ProjectRow[]> {
  return findRowsWhere(db, projects, eq(projects.visibility, 'public'), asc(projects.sortTitle), asc(projects.id));
}

/** The projects the viewer may see that run in the period (either end open) and lie in the workspace, by title; only these ids when given. */
export async function findProjectRowsInPeriod(
  db: DbExecutor,
  viewer: Viewer,
  scope: { from?: string; to?: string; workspaceId?: string; onlyIds?: string[] },
): Promise<ProjectRow[]> {
  const conditions: (SQL | undefined)[] = [visibleTo(viewer, projects)];
  if (scope.from) conditions.push(or(isNull(projects.endDate), gte(projects.endDate, scope.from)));
  if (scope.to) conditions.push(or(isNull(projects.startDate), lte(projects.startDate, scope.to)));
  if (scope.workspaceId) conditions.push(eq(projects.workspaceId, scope.workspaceId));
  if (scope.onlyIds) conditions.push(idIn(projects.id, scope.onlyIds));
  return db
    .select()
    .from(projects)
    .where(and(...conditions))
    .orderBy(asc(projects.sortTitle), asc(projects.id));
}

/** The partners of these projects, project by project in their order. */
export function findPartnerRowsOf(db: DbExecutor, projectIds: string[]): Promise<ProjectPartnerRow[]> {
  return findRowsIn(db, projectPartners, projectPartners.projectId, projectIds, asc(projectPartners.projectId), asc(projectPartners.position));
}

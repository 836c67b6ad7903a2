import { and, asc, eq, exists, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { organizations } from '../actors/organizations.tables.js';
import { expenditures, fundingProgrammes, grants } from '../funding/funding.tables.js';
import { partnershipParties, partnershipThemes } from '../partnerships/partnerships.tables.js';
import { places } from '../places/places.tables.js';
import { actionPlanMeasures, actionPlans } from '../plans/plans.tables.js';
import { projectPartners, projects } from '../projects/projects.tables.js';
import { themes } from '../themes/themes.tables.js';
import { visibleTo } from '../../core/records/record-visibility.js';
import { workspaces } from '../workspaces/workspaces.tables.js';
import type { IatiActivitiesQuery } from './iati.schemas.js';

export type ReportedProjectRow = typeof projects.$inferSelect;
export type ReportedOrganizationRow = typeof organizations.$inferSelect;
export type ReportedPlaceRow = typeof places.$inferSelect;
export type ReportedExpenditureRow = typeof expenditures.$inferSelect;
export type ReportedGrantRow = typeof grants.$inferSelect & { programmeName: Record<string, string> | null; funderOrganizationId: string | null };
export type ReportedMeasureRow = typeof actionPlanMeasures.$inferSelect & {
  plan: Pick<typeof actionPlans.$inferSelect, 'id' | 'workspaceId' | 'title' | 'status' | 'periodStart' | 'periodEnd' | 'partnershipId' | 'areaPlaceId'>;
};

/** Whether [start, end] (either open) overlaps the period asked for. */
function overlaps(start: PgColumn, end: PgColumn, query: IatiActivitiesQuery): SQL[] {
  const conditions: SQL[] = [];
  if (query.from) conditions.push(or(isNull(end), gte(end, query.from))!);
  if (query.to) conditions.push(or(isNull(start), lte(start, query.to))!);
  return conditions;
}

function grantedFrom(viewer: Viewer, programmeId: string, funds: SQL): SQL {
  return exists(
    sql`(SELECT 1 FROM ${grants} WHERE ${funds} AND ${grants.programmeId} = ${programmeId} AND ${visibleTo(viewer, grants)})`,
  );
}

/** The projects the viewer may see that the filters select, with a start or an end to report. */
export async function findReportedProjects(db: DbExecutor, viewer: Viewer, query: IatiActivitiesQuery): Promise<ReportedProjectRow[]> {
  const conditions: (SQL | undefined)[] = [visibleTo(viewer, projects), ...overlaps(projects.startDate, projects.endDate, query)];
  if (query.workspaceId) conditions.push(eq(projects.workspaceId, query.workspaceId));
  if (query.programmeId) conditions.push(grantedFrom(viewer, query.programmeId, sql`${grants.projectId} = ${projects.id}`));
  return db
    .select()
    .from(projects)
    .where(and(...conditions))
    .orderBy(asc(projects.sortTitle), asc(projects.id));
}

/** Measures of plans the viewer may see that have a grant of their own: each is reported as an activity. */
export async function findReportedMeasures(db: DbExecutor, viewer: Viewer, query: IatiActivitiesQuery): Promise<ReportedMeasureRow[]> {
  const start = sql`coalesce(${actionPlanMeasures.startDate}, ${actionPlans.periodStart})`;
  const end = sql`coalesce(${actionPlanMeasures.endDate}, ${actionPlans.periodEnd})`;
  const conditions: (SQL | undefined)[] = [
    visibleTo(viewer, actionPlans),
    exists(sql`(SELECT 1 FROM ${grants} WHERE ${grants.measureId} = ${actionPlanMeasures.id} AND ${visibleTo(viewer, grants)})`),
  ];
  if (query.from) conditions.push(sql`${end} >= ${query.from}`);
  if (query.to) conditions.push(sql`${start} <= ${query.to}`);
  if (query.workspaceId) conditions.push(eq(actionPlans.workspaceId, query.workspaceId));
  if (query.programmeId) conditions.push(grantedFrom(viewer, query.programmeId, sql`${grants.measureId} = ${actionPlanMeasures.id}`));
  const rows = await db
    .select({
      measure: actionPlanMeasures,
      plan: {
        id: actionPlans.id,
        workspaceId: actionPlans.workspaceId,
        title: actionPlans.title,
        status: actionPlans.status,
        periodStart: actionPlans.periodStart,
        periodEnd: actionPlans.periodEnd,
        partnershipId: actionPlans.partnershipId,
        areaPlaceId: actionPlans.areaPlaceId,
      },
    })
    .from(actionPlanMeasures)
    .innerJoin(actionPlans, eq(actionPlans.id, actionPlanMeasures.planId))
    .where(and(...conditions))
    .orderBy(asc(actionPlans.sortTitle), asc(actionPlanMeasures.position), asc(actionPlanMeasures.id));
  return rows.map(({ measure, plan }) => ({ ...measure, plan }));
}

export async function findProjectPartners(db: DbExecutor, projectIds: string[]) {
  if (projectIds.length === 0) return [];
  return db
    .select()
    .from(projectPartners)
    .where(inArray(projectPartners.projectId, projectIds))
    .orderBy(asc(projectPartners.projectId), asc(projectPartners.position));
}

/** Granted money (approved, running or closed) for these projects and measures, with the programme that gives it. */
export async function findReportedGrants(db: DbExecutor, viewer: Viewer, projectIds: string[], measureIds: string[]): Promise<ReportedGrantRow[]> {
  if (projectIds.length === 0 && measureIds.length === 0) return [];
  const funds = or(
    projectIds.length > 0 ? inArray(grants.projectId, projectIds) : undefined,
    measureIds.length > 0 ? and(inArray(grants.measureId, measureIds), isNull(grants.projectId)) : undefined,
  );
  const rows = await db
    .select({ grant: grants, programmeName: fundingProgrammes.name, funderOrganizationId: fundingProgrammes.funderOrganizationId })
    .from(grants)
    .leftJoin(fundingProgrammes, and(eq(fundingProgrammes.id, grants.programmeId), visibleTo(viewer, fundingProgrammes)))
    .where(and(funds, visibleTo(viewer, grants), inArray(grants.status, ['approved', 'running', 'closed'])))
    .orderBy(asc(grants.periodStart), asc(grants.id));
  return rows.map(({ grant, programmeName, funderOrganizationId }) => ({ ...grant, programmeName, funderOrganizationId }));
}

export async function findReportedExpenditures(db: DbExecutor, viewer: Viewer, projectIds: string[], measureIds: string[]): Promise<ReportedExpenditureRow[]> {
  if (projectIds.length === 0 && measureIds.length === 0) return [];
  const spentOn = or(
    projectIds.length > 0 ? inArray(expenditures.projectId, projectIds) : undefined,
    measureIds.length > 0 ? and(inArray(expenditures.measureId, measureIds), isNull(expenditures.projectId)) : undefined,
  );
  return db
    .select()
    .from(expenditures)
    .where(and(spentOn, visibleTo(viewer, expenditures)))
    .orderBy(asc(expenditures.spentOn), asc(expenditures.id));
}

export async function findReportedOrganizations(db: DbExecutor, viewer: Viewer, ids: string[]): Promise<ReportedOrganizationRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(organizations)
    .where(and(inArray(organizations.id, ids), visibleTo(viewer, organizations)));
}

export async function findReportedPlaces(db: DbExecutor, viewer: Viewer, ids: string[]): Promise<ReportedPlaceRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(places)
    .where(and(inArray(places.id, ids), visibleTo(viewer, places)));
}

/** The countries of each partnership's parties: a town's, or an organisation's seat country. */
export async function findPartnershipCountries(db: DbExecutor, viewer: Viewer, partnershipIds: string[]): Promise<Map<string, string[]>> {
  const byPartnership = new Map<string, string[]>();
  if (partnershipIds.length === 0) return byPartnership;
  const rows = await db
    .select({ partnershipId: partnershipParties.partnershipId, placeCountry: places.countryCode, organizationCountry: organizations.countryCode })
    .from(partnershipParties)
    .leftJoin(places, and(eq(places.id, partnershipParties.placeId), visibleTo(viewer, places)))
    .leftJoin(organizations, and(eq(organizations.id, partnershipParties.organizationId), visibleTo(viewer, organizations)))
    .where(inArray(partnershipParties.partnershipId, partnershipIds))
    .orderBy(asc(partnershipParties.partnershipId), asc(partnershipParties.id));
  for (const row of rows) {
    const country = row.placeCountry ?? row.organizationCountry;
    if (!country) continue;
    const countries = byPartnership.get(row.partnershipId) ?? [];
    if (!countries.includes(country)) countries.push(country);
    byPartnership.set(row.partnershipId, countries);
  }
  return byPartnership;
}

export async function findPartnershipThemeIds(db: DbExecutor, partnershipIds: string[]): Promise<Map<string, string[]>> {
  const byPartnership = new Map<string, string[]>();
  if (partnershipIds.length === 0) return byPartnership;
  const rows = await db.select().from(partnershipThemes).where(inArray(partnershipThemes.partnershipId, partnershipIds));
  for (const row of rows) byPartnership.set(row.partnershipId, [...(byPartnership.get(row.partnershipId) ?? []), row.themeId]);
  return byPartnership;
}

/** Every theme the viewer may see, for walking up to a reference theme with a sector code. */
export async function findThemeTree(db: DbExecutor, viewer: Viewer): Promise<{ id: string; slug: string; parentId: string | null }[]> {
  return db.select({ id: themes.id, slug: themes.slug, parentId: themes.parentId }).from(themes).where(visibleTo(viewer, themes));
}

export async function findWorkspaceNames(db: DbExecutor, ids: string[]): Promise<Map<string, { slug: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: workspaces.id, slug: workspaces.slug, name: workspaces.name }).from(workspaces).where(inArray(workspaces.id, ids));
  return new Map(rows.map((row) => [row.id, { slug: row.slug, name: row.name }]));
}


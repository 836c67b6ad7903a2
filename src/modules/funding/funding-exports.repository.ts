import { and, asc, eq, inArray, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { visibleTo } from '../../core/records/record-visibility.js';
import type { ExpenditureRow, GrantRow, ProgrammeRow } from './funding.repository.js';
import { expenditures, fundingProgrammes, grants } from './funding.tables.js';

export type ReportedGrantRow = GrantRow & { programmeName: Record<string, string> | null; funderOrganizationId: string | null };

/** The public funding programmes by name and the public grants, for the open data package. */
export async function findPublicProgrammesAndGrants(db: DbExecutor): Promise<{ programmes: ProgrammeRow[]; grants: GrantRow[] }> {
  const programmeRows = await db.select().from(fundingProgrammes).where(eq(fundingProgrammes.visibility, 'public')).orderBy(asc(fundingProgrammes.sortName), asc(fundingProgrammes.id));
  const grantRows = await db.select().from(grants).where(eq(grants.visibility, 'public')).orderBy(asc(grants.id));
  return { programmes: programmeRows, grants: grantRows };
}

/** The projects and the measures with a grant the viewer may see (from this programme, when given). */
export async function findFundedProjectAndMeasureIds(db: DbExecutor, viewer: Viewer, programmeId?: string): Promise<{ projectIds: string[]; measureIds: string[] }> {
  const conditions: (SQL | undefined)[] = [visibleTo(viewer, grants), or(isNotNull(grants.projectId), isNotNull(grants.measureId))];
  if (programmeId) conditions.push(eq(grants.programmeId, programmeId));
  const rows = await db.selectDistinct({ projectId: grants.projectId, measureId: grants.measureId }).from(grants).where(and(...conditions));
  const projectIds = new Set<string>();
  const measureIds = new Set<string>();
  for (const row of rows) {
    if (row.projectId) projectIds.add(row.projectId);
    if (row.measureId) measureIds.add(row.measureId);
  }
  return { projectIds: [...projectIds], measureIds: [...measureIds] };
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

export async function findReportedExpenditures(db: DbExecutor, viewer: Viewer, projectIds: string[], measureIds: string[]): Promise<ExpenditureRow[]> {
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

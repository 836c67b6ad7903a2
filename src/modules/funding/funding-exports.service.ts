import type { ServiceContext } from '../../core/service-context.js';
import { findFundedProjectAndMeasureIds, findPublicProgrammesAndGrants, findReportedExpenditures, findReportedGrants } from './funding-exports.repository.js';

export type { ReportedGrantRow } from './funding-exports.repository.js';
export type { ExpenditureRow } from './funding.repository.js';

/** The public funding programmes and grants, as the open data package publishes them. */
export async function listPublicFundingForExport(ctx: ServiceContext) {
  return ctx.transaction((tx) => findPublicProgrammesAndGrants(tx));
}

/** The projects and measures with a grant the viewer may see, from this programme when given. */
export async function fundedProjectsAndMeasures(ctx: ServiceContext, programmeId?: string): Promise<{ projectIds: string[]; measureIds: string[] }> {
  return ctx.transaction((tx, ctx) => findFundedProjectAndMeasureIds(tx, ctx.viewer, programmeId));
}

/** The granted money and the expenditures of these projects and measures (a measure's only where no project is named), for reports. */
export async function grantsAndExpendituresForReport(ctx: ServiceContext, projectIds: string[], measureIds: string[]) {
  return ctx.transaction(async (tx, ctx) => ({
    grants: await findReportedGrants(tx, ctx.viewer, projectIds, measureIds),
    expenditures: await findReportedExpenditures(tx, ctx.viewer, projectIds, measureIds),
  }));
}

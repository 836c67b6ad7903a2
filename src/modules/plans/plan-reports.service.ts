import type { ServiceContext } from '../../core/service-context.js';
import { findMeasureRowsInPeriod, type ReportedMeasureRow } from './plan-reports.repository.js';

export type { ReportedMeasureRow } from './plan-reports.repository.js';

/** These measures, of plans the viewer may see, that run in the period and lie in the workspace, with their plan, for reports. */
export async function measuresForReport(
  ctx: ServiceContext,
  measureIds: string[],
  scope: { from?: string; to?: string; workspaceId?: string },
): Promise<ReportedMeasureRow[]> {
  return ctx.transaction((tx, ctx) => findMeasureRowsInPeriod(tx, ctx.viewer, measureIds, scope));
}

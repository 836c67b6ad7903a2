import { todayIso } from '../../core/http/record-fields.js';
import type { ServiceContext } from '../../core/service-context.js';
import { countVisibleExchanges, listExchanges, openRegistrations } from '../exchanges/exchanges.service.js';
import { countVisibleDocuments, listDocuments } from '../knowledge/documents/documents.service.js';
import { partnershipCounts, partnershipMap } from '../partnerships/partnerships.service.js';
import { overdueMeasures, plansAwaitingAgreement } from '../plans/plan-overview.service.js';
import { START_LIST_LIMIT, START_MAP_LIMIT, type StartPage } from './start.schemas.js';

/** Workspaces in which the viewer works (guests only read, so they have nothing to register or review). */
const workingWorkspaces = (ctx: ServiceContext) =>
  ctx.viewer.kind === 'user' ? [...ctx.viewer.roles].filter(([, role]) => role !== 'guest').map(([id]) => id) : [];

async function mine(ctx: ServiceContext, today: string): Promise<StartPage['mine']> {
  if (ctx.viewer.kind !== 'user') return null;
  const memberOf = [...ctx.viewer.roles.keys()];
  const working = workingWorkspaces(ctx);
  const limit = START_LIST_LIMIT;
  return {
    upcomingExchanges:
      memberOf.length === 0 ? [] : (await listExchanges(ctx, { from: today, order: 'oldest', limit, workspaceIds: memberOf })).items,
    openRegistrations: await openRegistrations(ctx, working, today, limit),
    plansAwaitingAgreement: await plansAwaitingAgreement(ctx, limit),
    overdueMeasures: await overdueMeasures(ctx, today, limit),
    documentsToReview: working.length === 0 ? [] : (await listDocuments(ctx, { review: 'pending', limit, workspaceIds: working })).items,
  };
}

/**
 * What the start page shows, in one answer: what the platform holds (as far as the viewer may
 * see it: a visitor sees public records only), and for a signed-in user what awaits them.
 * All parts read in one transaction: one set of viewer settings instead of one per part.
 */
export function startPage(ctx: ServiceContext): Promise<StartPage> {
  return ctx.transaction(async (_tx, inTransaction) => {
    const today = todayIso();
    const counts = await partnershipCounts(inTransaction);
    const map = await partnershipMap(inTransaction, { limit: START_MAP_LIMIT });
    return {
      counts: {
        partnerships: counts.partnerships,
        exchanges: await countVisibleExchanges(inTransaction),
        documents: await countVisibleDocuments(inTransaction),
        towns: counts.places,
      },
      map: { items: map.items, more: map.nextCursor !== null },
      upcomingExchanges: (await listExchanges(inTransaction, { from: today, order: 'oldest', limit: START_LIST_LIMIT })).items,
      recentDocuments: (await listDocuments(inTransaction, { limit: START_LIST_LIMIT })).items,
      mine: await mine(inTransaction, today),
    };
  });
}

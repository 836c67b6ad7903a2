import { canEdit, requireRead } from '../../core/auth/policy.js';
import type { DbExecutor } from '../../core/db/client.js';
import type { Page } from '../../core/http/pagination.js';
import { sortedPage } from '../../core/sorted-page.js';
import type { ServiceContext } from '../../core/service-context.js';
import { organizationFactsByIds, organizationRefsByIds } from '../actors/organizations.service.js';
import { personRefsByIds } from '../actors/people.service.js';
import { networkMembersByIds } from '../networks/networks.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { themeRefsByIds } from '../themes/themes.service.js';
import { presentExchangeDetail, presentExchangeSummary, presentParticipation, type ExchangeReferences } from './exchanges.presenter.js';
import {
  countExchangeRows,
  findDelegationRows,
  findExchangeOrganizationRows,
  findExchangeRow,
  findExchangeThemeIds,
  findOutcomeRows,
  findSessionRows,
  findSeriesRows,
  findStopRows,
  findPublicExchangesWithOrganizations,
  listExchangeRows,
  type ExchangeRow,
} from './exchanges.repository.js';
import { countRegistrationsByDelegation, countRegistrationsByState, openRegistrationRows } from './registrations.repository.js';
import type { ExchangeDetail, ExchangeListQuery, ExchangeSummary } from './exchanges.schemas.js';

async function seriesByIds(tx: DbExecutor, rows: ExchangeRow[]) {
  const ids = [...new Set(rows.map((row) => row.seriesId).filter((id): id is string => id !== null))];
  const series = await findSeriesRows(tx, ids);
  return new Map(series.map((entry) => [entry.id, entry]));
}

/** A page of the exchanges the viewer may see; other modules may narrow it to some workspaces. */
export function listExchanges(ctx: ServiceContext, query: ExchangeListQuery & { workspaceIds?: readonly string[] }): Promise<Page<ExchangeSummary>> {
  return sortedPage(ctx, query, {
    column: 'startDate',
    rows: (tx, ctx, window) => listExchangeRows(tx, ctx.viewer, query, { order: query.order, ...window }),
    present: async (shown, tx, ctx) => {
      const refs: ExchangeReferences = {
        places: await placeRefsByIds(ctx, shown.map((row) => row.venuePlaceId)),
        organizations: new Map(),
        series: await seriesByIds(tx, shown),
      };
      return (row) => presentExchangeSummary(row, refs);
    },
  });
}

export async function getExchange(ctx: ServiceContext, id: string): Promise<ExchangeDetail> {
  return ctx.transaction(async (tx, ctx) => {
    const row = requireRead(ctx.viewer, await findExchangeRow(tx, id), 'Exchange', id);
    const organizationRoles = await findExchangeOrganizationRows(tx, id);
    const delegations = await findDelegationRows(tx, id);
    const stops = await findStopRows(tx, id);
    const sessions = await findSessionRows(tx, [id]);
    const outcomes = await findOutcomeRows(tx, id);
    const themeIds = (await findExchangeThemeIds(tx, [id])).get(id) ?? [];
    const themesById = await themeRefsByIds(ctx, [
      ...themeIds,
      ...sessions.flatMap((session) => (session.themeId ? [session.themeId] : [])),
      ...outcomes.flatMap((outcome) => (outcome.themeId ? [outcome.themeId] : [])),
    ]);
    const people = await personRefsByIds(ctx, [...sessions.map((session) => session.facilitatorPersonId), ...outcomes.map((outcome) => outcome.ownerPersonId)]);
    const host = row.hostNetworkMemberId ? (await networkMembersByIds(ctx, [row.hostNetworkMemberId])).get(row.hostNetworkMemberId) : undefined;
    const counts = (await countRegistrationsByState(tx, [id])).get(id) ?? {};
    const refs: ExchangeReferences = {
      places: await placeRefsByIds(ctx, [row.venuePlaceId, ...delegations.map((delegation) => delegation.fromPlaceId), ...stops.map((stop) => stop.placeId)]),
      organizations: await organizationRefsByIds(ctx, [
        ...organizationRoles.map((entry) => entry.organizationId),
        ...delegations.map((delegation) => delegation.fromOrganizationId),
      ]),
      series: await seriesByIds(tx, [row]),
    };
    const delegationRefs = {
      places: refs.places,
      organizations: await organizationFactsByIds(ctx, delegations.map((delegation) => delegation.fromOrganizationId)),
      // Only those who may change the delegations learn how many registrations hang on each.
      registrations: canEdit(ctx.viewer, row) ? await countRegistrationsByDelegation(tx, delegations.map((delegation) => delegation.id)) : null,
    };
    return presentExchangeDetail(row, refs, organizationRoles, delegations, {
      delegationRefs,
      workspaceId: row.workspaceId,
      canEdit: canEdit(ctx.viewer, row),
      themes: themeIds.flatMap((themeId) => (themesById.has(themeId) ? [themesById.get(themeId)!] : [])),
      stops,
      sessions,
      outcomes,
      people,
      themesById,
      hostNetworkMember: host ? { id: host.id, place: host.place, organization: host.organization } : null,
      participation: presentParticipation(row.capacity, counts),
    });
  });
}

/** How many exchanges the viewer may see. */
export async function countVisibleExchanges(ctx: ServiceContext): Promise<number> {
  return ctx.transaction((tx, ctx) => countExchangeRows(tx, ctx.viewer));
}

/** Exchanges of these workspaces that are not over yet, with registrations still awaiting an answer or a place. */
export async function openRegistrations(ctx: ServiceContext, workspaceIds: readonly string[], today: string, limit: number) {
  if (workspaceIds.length === 0) return [];
  return ctx.transaction((tx, ctx) => openRegistrationRows(tx, ctx.viewer, workspaceIds, today, limit));
}

/** The exchange, if the viewer may read it (404 otherwise); for modules that link records to exchanges. */
export async function readableExchange(tx: DbExecutor, ctx: ServiceContext, id: string): Promise<ExchangeRow> {
  return requireRead(ctx.viewer, await findExchangeRow(tx, id), 'Exchange', id);
}

/** The texts of an exchange's outcomes, by id. */
export async function outcomeTextsOf(tx: DbExecutor, exchangeIds: Iterable<string>): Promise<Map<string, { exchangeId: string; text: Record<string, string> }>> {
  const texts = new Map<string, { exchangeId: string; text: Record<string, string> }>();
  for (const exchangeId of new Set(exchangeIds)) {
    for (const outcome of await findOutcomeRows(tx, exchangeId)) texts.set(outcome.id, { exchangeId, text: outcome.text });
  }
  return texts;
}

/** An exchange as a programme lists it. */
export { presentExchangeSummary, type ExchangeReferences } from './exchanges.presenter.js';
export { findExchangeRow } from './exchanges.repository.js';
/** Network members that hosted or are to host a meeting. */
export { findMemberIdsWithMeetings } from './exchanges.repository.js';
/** Programmes (series of exchanges) and their parts, which the programmes module manages. */
export {
  countParts,
  deleteProgrammeRow,
  findPartRows,
  findProgrammeRow,
  insertProgrammeRow,
  listProgrammeRows,
  setPart,
  updateProgrammeRow,
  type PartRow,
  type ProgrammeRow,
} from './exchange-series.repository.js';
/** Exchanges and their hosting organisations, for the open data exports. */
export { findHostAndOrganizerRows, findPublishedExchangeRows, type ExchangeRow } from './exchanges.repository.js';

/** The public exchanges and their organisations, as the open data package publishes them. */
export async function listPublicExchangesForExport(ctx: ServiceContext) {
  return ctx.transaction((tx) => findPublicExchangesWithOrganizations(tx));
}

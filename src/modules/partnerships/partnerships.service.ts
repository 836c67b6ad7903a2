import { canEdit, canRead, requireRead } from '../../core/auth/policy.js';
import type { Page } from '../../core/http/pagination.js';
import { sortedPage } from '../../core/sorted-page.js';
import { groupBy } from '../../core/records/group-by.js';
import type { ServiceContext } from '../../core/service-context.js';
import { organizationRefsByIds } from '../actors/organizations.service.js';
import { placeRefsByIds } from '../places/places.service.js';
import { themeRefsByIds } from '../themes/themes.service.js';
import { partnershipTimeline } from './partnership-timeline.js';
import type { PartnershipKind } from './partnerships.types.js';
import { findProjectGroupRows } from './project-groups.repository.js';
import { presentPartnershipDetail, presentPartnershipSummary, type PartyReferences } from './partnerships.presenter.js';
import {
  findChildPartnershipRows,
  findPartnershipRow,
  findPartnershipsByIds,
  findPartnershipsJoining,
  findPartnershipThemeIds,
  findPartyRows,
  listPartnershipRows,
  type PartnershipRow,
  type PartyRow,
  countPartnershipRows,
  findPartyRowsInEntryOrder,
  findPublicPartnershipRows,
} from './partnerships.repository.js';
import type {
  PartnershipDetail,
  PartnershipListQuery,
  PartnershipMapItem,
  PartnershipMapQuery,
  PartnershipSummary,
} from './partnerships.schemas.js';

async function partyReferences(ctx: ServiceContext, parties: PartyRow[]): Promise<PartyReferences> {
  const places = await placeRefsByIds(ctx, parties.map((party) => party.placeId));
  const organizations = await organizationRefsByIds(ctx, parties.map((party) => party.organizationId));
  return { places, organizations };
}

const groupByPartnership = (parties: PartyRow[]) => groupBy(parties, (party) => party.partnershipId);

export function listPartnerships(ctx: ServiceContext, query: PartnershipListQuery): Promise<Page<PartnershipSummary>> {
  return sortedPage(ctx, query, {
    column: 'sortTitle',
    rows: (tx, ctx, window) => listPartnershipRows(tx, ctx.viewer, query, window),
    present: async (shown, tx, ctx) => {
      const parties = await findPartyRows(tx, shown.map((row) => row.id));
      const refs = await partyReferences(ctx, parties);
      const partiesByPartnership = groupByPartnership(parties);
      return (row) => presentPartnershipSummary(row, partiesByPartnership.get(row.id) ?? [], refs);
    },
  });
}

export async function getPartnership(ctx: ServiceContext, id: string): Promise<PartnershipDetail> {
  return ctx.transaction(async (tx, ctx) => {
    const row = requireRead(ctx.viewer, await findPartnershipRow(tx, id), 'Partnership', id);
    const parties = await findPartyRows(tx, [id]);
    const parentRow = row.parentId ? await findPartnershipRow(tx, row.parentId) : undefined;
    const parent = parentRow && canRead(ctx.viewer, parentRow) ? parentRow : undefined;
    const children = [];
    for (const child of await findChildPartnershipRows(tx, ctx.viewer, id)) {
      const [latest] = (await partnershipTimeline(ctx, child.id, { order: 'newest', limit: 1 })).items;
      children.push({ row: child, latestActivity: latest ? { type: latest.type, date: latest.date, title: latest.title, path: latest.path } : null });
    }
    const refs = await partyReferences(ctx, parties);
    const themeIds = (await findPartnershipThemeIds(tx, [id])).get(id) ?? [];
    const themes = await themeRefsByIds(ctx, themeIds);
    return presentPartnershipDetail(
      row,
      parties,
      refs,
      parent,
      children,
      canEdit(ctx.viewer, row),
      themeIds.flatMap((themeId) => (themes.has(themeId) ? [themes.get(themeId)!] : [])),
    );
  });
}

/**
 * Partnerships as lines between their parties' places (an organization counts at its seat), a
 * page at a time; partnerships with fewer than two located places are counted, not drawn.
 */
export async function partnershipMap(ctx: ServiceContext, query: PartnershipMapQuery): Promise<Page<PartnershipMapItem> & { withoutCoordinates: number }> {
  const page = await sortedPage(ctx, query, {
    column: 'sortTitle',
    rows: (tx, ctx, window) => listPartnershipRows(tx, ctx.viewer, query, window),
    present: async (shown, tx, ctx) => {
      const parties = await findPartyRows(tx, shown.map((row) => row.id));
      const organizations = await organizationRefsByIds(ctx, parties.map((party) => party.organizationId));
      const places = await placeRefsByIds(ctx, [
        ...parties.map((party) => party.placeId),
        ...[...organizations.values()].map((organization) => organization.seatPlaceId),
      ]);
      const partiesByPartnership = groupByPartnership(parties);
      const located = (row: PartnershipRow) =>
        (partiesByPartnership.get(row.id) ?? []).flatMap((party) => {
          const placeId = party.placeId ?? (party.organizationId ? organizations.get(party.organizationId)?.seatPlaceId : null);
          const place = placeId ? places.get(placeId) : undefined;
          return place && place.latitude !== null && place.longitude !== null ? [place] : [];
        });
      return (row) => ({
        id: row.id,
        kind: row.kind,
        title: row.title,
        status: row.status,
        since: row.since,
        sincePrecision: row.sincePrecision,
        places: located(row),
      });
    },
  });
  const items = page.items.filter((item) => item.places.length >= 2);
  return { items, nextCursor: page.nextCursor, withoutCoordinates: page.items.length - items.length };
}

/** Titles of the partnerships other modules link to, for the ones the viewer may see. */
export async function partnershipRefsByIds(
  ctx: ServiceContext,
  ids: Iterable<string | null | undefined>,
): Promise<Map<string, { id: string; kind: PartnershipRow['kind']; title: PartnershipRow['title']; workspaceId: string }>> {
  const unique = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  if (unique.length === 0) return new Map();
  const rows = await ctx.transaction((tx) => findPartnershipsByIds(tx, ctx.viewer, unique));
  return new Map(rows.map((row) => [row.id, { id: row.id, kind: row.kind, title: row.title, workspaceId: row.workspaceId }]));
}

/** The project groups of a partnership by id (to link agenda sessions to them). */
export async function projectGroupIdsOf(ctx: ServiceContext, partnershipId: string): Promise<Set<string>> {
  return ctx.transaction(async (tx) => new Set((await findProjectGroupRows(tx, partnershipId)).map((row) => row.id)));
}

/** How many partnerships the viewer may see, and how many places are parties to them. */
export async function partnershipCounts(ctx: ServiceContext): Promise<{ partnerships: number; places: number }> {
  return ctx.transaction((tx, ctx) => countPartnershipRows(tx, ctx.viewer));
}

/** Whether a partnership of this kind between the two places exists that the viewer may see. */
export async function partnershipJoiningExists(ctx: ServiceContext, kind: PartnershipKind, placeIds: [string, string]): Promise<boolean> {
  return ctx.transaction(async (tx, ctx) => (await findPartnershipsJoining(tx, ctx.viewer, kind, placeIds)).length > 0);
}

/** The partnership timeline, which exchanges, plans and documents add their entries to. */
export { beyondPosition, registerTimelineRows, registerTimelineSource, type TimelineEntry } from './partnership-timeline.js';

/** The public partnerships and their parties, as the open data package publishes them. */
export async function listPublicPartnershipsForExport(ctx: ServiceContext): Promise<{ partnerships: PartnershipRow[]; parties: PartyRow[] }> {
  return ctx.transaction(async (tx) => {
    const partnershipRows = await findPublicPartnershipRows(tx);
    return { partnerships: partnershipRows, parties: await findPartyRowsInEntryOrder(tx, partnershipRows.map((row) => row.id)) };
  });
}

/** The parties of these partnerships (in the order entered) and their themes, for reports. */
export async function partiesAndThemesForReport(ctx: ServiceContext, partnershipIds: string[]): Promise<{ parties: PartyRow[]; themeIds: Map<string, string[]> }> {
  return ctx.transaction(async (tx) => ({ parties: await findPartyRowsInEntryOrder(tx, partnershipIds), themeIds: await findPartnershipThemeIds(tx, partnershipIds) }));
}

import { and, asc, desc, eq, gt, gte, inArray, isNotNull, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { visibleTo } from '../../core/records/record-visibility.js';
import { agendaSessions, exchangeOutcomes, exchangeStops, exchangeThemes } from './exchange-program.tables.js';
import { exchangeDelegations, exchangeOrganizations, exchanges, exchangeSeries, MAX_EXCHANGE_DAYS } from './exchanges.tables.js';
import { idIn } from '../../core/db/id-list.js';
import { countVisibleRows, existsIn, findRowsIn, findRowsWhere, keysetPageRows, linksOf, rowsOf, timelineRows, type TimelineWindow } from '../../core/db/rows.js';
import { equalFilters } from '../../core/db/list-filters.js';

export type ExchangeRow = typeof exchanges.$inferSelect;
export type ExchangeSeriesRow = typeof exchangeSeries.$inferSelect;
export type DelegationRow = typeof exchangeDelegations.$inferSelect;
export type ExchangeOrganizationRow = typeof exchangeOrganizations.$inferSelect;
export type ExchangeInsert = typeof exchanges.$inferInsert;
export type StopRow = typeof exchangeStops.$inferSelect;
export type SessionRow = typeof agendaSessions.$inferSelect;
export type OutcomeRow = typeof exchangeOutcomes.$inferSelect;

export interface ExchangeFilter {
  kind?: ExchangeRow['kind'];
  partnershipId?: string;
  networkId?: string;
  status?: ExchangeRow['status'];
  themeId?: string;
  venuePlaceId?: string;
  from?: string;
  to?: string;
  /** Only exchanges of these workspaces. */
  workspaceIds?: readonly string[];
}

export interface ExchangePageRequest {
  order: 'newest' | 'oldest';
  limit: number;
  after?: { startDate: string; id: string };
}

export async function listExchangeRows(
  db: DbExecutor,
  viewer: Viewer,
  filter: ExchangeFilter,
  page: ExchangePageRequest,
): Promise<ExchangeRow[]> {
  const conditions: (SQL | undefined)[] = [visibleTo(viewer, exchanges), ...equalFilters(filter, { kind: exchanges.kind, partnershipId: exchanges.partnershipId, networkId: exchanges.networkId, status: exchanges.status, venuePlaceId: exchanges.venuePlaceId })];
  if (filter.themeId) {
    conditions.push(existsIn(db, exchangeThemes, eq(exchangeThemes.exchangeId, exchanges.id), eq(exchangeThemes.themeId, filter.themeId)));
  }
  if (filter.from) {
    // An exchange lasts at most MAX_EXCHANGE_DAYS, so one ending after `from` starts at most that long before:
    // the bound lets the start-date index skip everything older.
    conditions.push(gte(exchanges.endDate, filter.from), sql`${exchanges.startDate} >= ${filter.from}::date - ${sql.raw(String(MAX_EXCHANGE_DAYS))}`);
  }
  if (filter.to) conditions.push(lte(exchanges.startDate, filter.to));
  if (filter.workspaceIds) conditions.push(idIn(exchanges.workspaceId, filter.workspaceIds));
  return keysetPageRows(db, exchanges, 'startDate', conditions, page, page.order === 'newest');
}

/** How many exchanges the viewer may see. */
export function countExchangeRows(db: DbExecutor, viewer: Viewer): Promise<number> {
  return countVisibleRows(db, viewer, exchanges);
}

export const { find: findExchangeRow, insert: insertExchangeRow, update: updateExchangeRow, remove: deleteExchangeRow } = rowsOf(exchanges);

export function findSeriesRows(db: DbExecutor, ids: string[]): Promise<ExchangeSeriesRow[]> {
  return findRowsIn(db, exchangeSeries, exchangeSeries.id, ids);
}

export function findExchangeOrganizationRows(db: DbExecutor, exchangeId: string): Promise<ExchangeOrganizationRow[]> {
  return findRowsWhere(db, exchangeOrganizations, eq(exchangeOrganizations.exchangeId, exchangeId), asc(exchangeOrganizations.role));
}

export function findDelegationRows(db: DbExecutor, exchangeId: string): Promise<DelegationRow[]> {
  return findRowsWhere(db, exchangeDelegations, eq(exchangeDelegations.exchangeId, exchangeId), desc(exchangeDelegations.size), asc(exchangeDelegations.id));
}

/** Locks the exchange row until the transaction ends, so changes to its places happen one after another. */
export async function lockExchangeRow(db: DbExecutor, id: string): Promise<ExchangeRow | undefined> {
  const [row] = await db.select().from(exchanges).where(eq(exchanges.id, id)).for('update');
  return row;
}

export const { idsByRecord: findExchangeThemeIds, replace: replaceExchangeThemes } = linksOf(exchangeThemes, 'exchangeId', 'themeId');

export async function replaceExchangeOrganizations(
  db: DbExecutor,
  exchangeId: string,
  entries: { organizationId: string; role: ExchangeOrganizationRow['role'] }[],
): Promise<void> {
  await db.delete(exchangeOrganizations).where(eq(exchangeOrganizations.exchangeId, exchangeId));
  if (entries.length > 0) await db.insert(exchangeOrganizations).values(entries.map((entry) => ({ exchangeId, ...entry })));
}

export function findStopRows(db: DbExecutor, exchangeId: string): Promise<StopRow[]> {
  return findRowsWhere(db, exchangeStops, eq(exchangeStops.exchangeId, exchangeId), asc(exchangeStops.position), asc(exchangeStops.startDate));
}

export async function replaceStops(db: DbExecutor, exchangeId: string, stops: Omit<typeof exchangeStops.$inferInsert, 'exchangeId' | 'position'>[]): Promise<void> {
  await db.delete(exchangeStops).where(eq(exchangeStops.exchangeId, exchangeId));
  if (stops.length > 0) await db.insert(exchangeStops).values(stops.map((stop, position) => ({ ...stop, exchangeId, position })));
}

export function findSessionRows(db: DbExecutor, exchangeIds: string[]): Promise<SessionRow[]> {
  return findRowsIn(db, agendaSessions, agendaSessions.exchangeId, exchangeIds, asc(agendaSessions.day), sql`${agendaSessions.startsAt} ASC NULLS FIRST`, asc(agendaSessions.createdAt), asc(agendaSessions.id));
}

export const { find: findSessionRow, insert: insertSessionRow, update: updateSessionRow, remove: deleteSessionRow } = rowsOf(agendaSessions);

/** Sessions that would lie outside new dates of their exchange. */
export async function countSessionsOutside(db: DbExecutor, exchangeId: string, startDate: string, endDate: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(agendaSessions)
    .where(and(eq(agendaSessions.exchangeId, exchangeId), or(lt(agendaSessions.day, startDate), gt(agendaSessions.day, endDate))));
  return row?.count ?? 0;
}

export function findOutcomeRows(db: DbExecutor, exchangeId: string): Promise<OutcomeRow[]> {
  return findRowsWhere(db, exchangeOutcomes, eq(exchangeOutcomes.exchangeId, exchangeId), asc(exchangeOutcomes.kind), asc(exchangeOutcomes.createdAt), asc(exchangeOutcomes.id));
}

export const { find: findOutcomeRow, insert: insertOutcomeRow, update: updateOutcomeRow, remove: deleteOutcomeRow } = rowsOf(exchangeOutcomes);

export const { find: findDelegationRow, insert: insertDelegationRow, remove: deleteDelegationRow } = rowsOf(exchangeDelegations);

export async function updateDelegationRow(db: DbExecutor, id: string, changes: Partial<typeof exchangeDelegations.$inferInsert>): Promise<DelegationRow> {
  const [updated] = await db.update(exchangeDelegations).set(changes).where(eq(exchangeDelegations.id, id)).returning();
  return updated!;
}

/** Exchanges of a partnership in timeline order (start date, id), beyond a position. */
export function listPartnershipExchangeRows(db: DbExecutor, viewer: Viewer, partnershipId: string, window: TimelineWindow): Promise<ExchangeRow[]> {
  return timelineRows(db, exchanges, exchanges.startDate, [eq(exchanges.partnershipId, partnershipId), visibleTo(viewer, exchanges)], window);
}

/** Per member of a network: when it last hosted a meeting before a date, how often, and its next hosting from that date on. */
export async function hostingRecordRows(
  db: DbExecutor,
  viewer: Viewer,
  networkId: string,
  before: string,
): Promise<{ memberId: string; lastHostedOn: string | null; hosted: number; nextHostingOn: string | null }[]> {
  return db
    .select({
      memberId: sql<string>`${exchanges.hostNetworkMemberId}`,
      lastHostedOn: sql<string | null>`(max(${exchanges.startDate}) FILTER (WHERE ${exchanges.startDate} < ${before}::date))::text`,
      hosted: sql<number>`(count(*) FILTER (WHERE ${exchanges.startDate} < ${before}::date))::int`,
      nextHostingOn: sql<string | null>`(min(${exchanges.startDate}) FILTER (WHERE ${exchanges.startDate} >= ${before}::date))::text`,
    })
    .from(exchanges)
    .where(and(eq(exchanges.networkId, networkId), isNotNull(exchanges.hostNetworkMemberId), ne(exchanges.status, 'cancelled'), visibleTo(viewer, exchanges)))
    .groupBy(exchanges.hostNetworkMemberId);
}

/** The network's meetings on any of these dates (to skip when generating a series). */
export async function findNetworkMeetingDates(db: DbExecutor, networkId: string, dates: string[]): Promise<Set<string>> {
  if (dates.length === 0) return new Set();
  const rows = await db
    .select({ startDate: exchanges.startDate })
    .from(exchanges)
    .where(and(eq(exchanges.networkId, networkId), inArray(exchanges.startDate, dates), ne(exchanges.status, 'cancelled')));
  return new Set(rows.map((row) => row.startDate));
}

/** Exchanges by id that the viewer may see, in date order (for calendars). */
export async function findExchangeRowsByIds(db: DbExecutor, viewer: Viewer, ids: string[]): Promise<ExchangeRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(exchanges)
    .where(and(idIn(exchanges.id, ids), visibleTo(viewer, exchanges)))
    .orderBy(asc(exchanges.startDate), asc(exchanges.id));
}

export interface StatisticsScope {
  from: string;
  to: string;
  workspaceId?: string;
}

function statisticsScope(viewer: Viewer, scope: StatisticsScope): SQL {
  return and(
    visibleTo(viewer, exchanges),
    sql`${exchanges.startDate} BETWEEN ${scope.from}::date AND ${scope.to}::date`,
    ne(exchanges.status, 'cancelled'),
    scope.workspaceId ? eq(exchanges.workspaceId, scope.workspaceId) : undefined,
  )!;
}

export async function exchangesPerYear(db: DbExecutor, viewer: Viewer, scope: StatisticsScope) {
  return db
    .select({
      year: sql<number>`extract(year FROM ${exchanges.startDate})::int`,
      kind: exchanges.kind,
      count: sql<number>`count(*)::int`,
    })
    .from(exchanges)
    .where(statisticsScope(viewer, scope))
    .groupBy(sql`1`, exchanges.kind)
    .orderBy(sql`1`, exchanges.kind);
}

export async function exchangesPerTheme(db: DbExecutor, viewer: Viewer, scope: StatisticsScope, limit: number) {
  return db
    .select({ themeId: exchangeThemes.themeId, count: sql<number>`count(*)::int` })
    .from(exchangeThemes)
    .innerJoin(exchanges, eq(exchanges.id, exchangeThemes.exchangeId))
    .where(statisticsScope(viewer, scope))
    .groupBy(exchangeThemes.themeId)
    .orderBy(sql`2 DESC`, exchangeThemes.themeId)
    .limit(limit);
}

/** The members that hosted or are to host a meeting; they stay in the network's history. */
export async function findMemberIdsWithMeetings(db: DbExecutor, memberIds: string[]): Promise<Set<string>> {
  if (memberIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ memberId: exchanges.hostNetworkMemberId })
    .from(exchanges)
    .where(inArray(exchanges.hostNetworkMemberId, memberIds));
  return new Set(rows.flatMap((row) => (row.memberId ? [row.memberId] : [])));
}

/** The exchanges the viewer may see, oldest first, for the open data exports. */
export function findPublishedExchangeRows(db: DbExecutor, viewer: Viewer): Promise<ExchangeRow[]> {
  return findRowsWhere(db, exchanges, visibleTo(viewer, exchanges), asc(exchanges.startDate), asc(exchanges.id));
}

/** The organisations hosting (else organising) each exchange, hosts first, in a stable order. */
export async function findHostAndOrganizerRows(db: DbExecutor, exchangeIds: string[]): Promise<{ exchangeId: string; organizationId: string }[]> {
  if (exchangeIds.length === 0) return [];
  return db
    .select({ exchangeId: exchangeOrganizations.exchangeId, organizationId: exchangeOrganizations.organizationId })
    .from(exchangeOrganizations)
    .where(and(inArray(exchangeOrganizations.exchangeId, exchangeIds), or(eq(exchangeOrganizations.role, 'host'), eq(exchangeOrganizations.role, 'organizer'))))
    .orderBy(asc(exchangeOrganizations.exchangeId), asc(exchangeOrganizations.role), asc(exchangeOrganizations.id));
}

/** The public exchanges, oldest first, and their organisations in the order entered, for the open data package. */
export async function findPublicExchangesWithOrganizations(db: DbExecutor): Promise<{ exchanges: ExchangeRow[]; organizations: ExchangeOrganizationRow[] }> {
  const exchangeRows = await db.select().from(exchanges).where(eq(exchanges.visibility, 'public')).orderBy(asc(exchanges.startDate), asc(exchanges.id));
  const organizationRows = exchangeRows.length
    ? await db.select().from(exchangeOrganizations).where(inArray(exchangeOrganizations.exchangeId, exchangeRows.map((row) => row.id))).orderBy(asc(exchangeOrganizations.id))
    : [];
  return { exchanges: exchangeRows, organizations: organizationRows };
}

import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { visibleTo } from '../../core/records/record-visibility.js';
import { exchangeDelegations, exchanges } from './exchanges.tables.js';
import { calendarFeedTokens, COUNTED_STATES, exchangeRegistrations, type RegistrationState } from './registrations.tables.js';
import { idIn } from '../../core/db/id-list.js';
import { countRowsIn, findRowWhere, rowsOf } from '../../core/db/rows.js';
import { equalFilters } from '../../core/db/list-filters.js';

export type RegistrationRow = typeof exchangeRegistrations.$inferSelect;
export type RegistrationInsert = typeof exchangeRegistrations.$inferInsert;

const counted = inArray(exchangeRegistrations.state, [...COUNTED_STATES]);

export async function countRegistrationsByState(db: DbExecutor, exchangeIds: string[]): Promise<Map<string, Partial<Record<RegistrationState, number>>>> {
  if (exchangeIds.length === 0) return new Map();
  const rows = await db
    .select({ exchangeId: exchangeRegistrations.exchangeId, state: exchangeRegistrations.state, count: sql<number>`count(*)::int` })
    .from(exchangeRegistrations)
    .where(idIn(exchangeRegistrations.exchangeId, exchangeIds))
    .groupBy(exchangeRegistrations.exchangeId, exchangeRegistrations.state);
  const result = new Map<string, Partial<Record<RegistrationState, number>>>();
  for (const row of rows) result.set(row.exchangeId, { ...result.get(row.exchangeId), [row.state]: row.count });
  return result;
}

/** Registrations per delegation, e.g. to say what removing a delegation changes. */
export const countRegistrationsByDelegation = (db: DbExecutor, delegationIds: string[]): Promise<Map<string, number>> =>
  countRowsIn(db, exchangeRegistrations, exchangeRegistrations.delegationId, delegationIds);

export const { find: findRegistrationRow, insert: insertRegistrationRow, update: updateRegistrationRow } = rowsOf(exchangeRegistrations);

export const findRegistrationByTokenHash = (db: DbExecutor, tokenHash: string): Promise<RegistrationRow | undefined> => findRowWhere(db, exchangeRegistrations, eq(exchangeRegistrations.invitationTokenHash, tokenHash));

export async function findRegistrationsOfPeople(db: DbExecutor, exchangeId: string, personIds: string[]): Promise<RegistrationRow[]> {
  if (personIds.length === 0) return [];
  return db
    .select()
    .from(exchangeRegistrations)
    .where(and(eq(exchangeRegistrations.exchangeId, exchangeId), idIn(exchangeRegistrations.personId, personIds)));
}

/** At most `limit` registrations of an exchange in one state, from either end of the queue. */
async function registrationsInState(db: DbExecutor, exchangeId: string, state: RegistrationRow['state'], from: 'first' | 'last', limit: number): Promise<RegistrationRow[]> {
  if (limit <= 0) return [];
  const order = from === 'first' ? asc : desc;
  return db
    .select()
    .from(exchangeRegistrations)
    .where(and(eq(exchangeRegistrations.exchangeId, exchangeId), eq(exchangeRegistrations.state, state)))
    .orderBy(order(exchangeRegistrations.registeredAt), order(exchangeRegistrations.id))
    .limit(limit);
}

/** The oldest waitlisted registrations of an exchange, first in the queue first. */
export const findWaitlistHead = (db: DbExecutor, exchangeId: string, limit: number) => registrationsInState(db, exchangeId, 'waitlisted', 'first', limit);

/** The newest registrations not yet confirmed: the first to give way when places are cut. */
export const findNewestUnconfirmed = (db: DbExecutor, exchangeId: string, limit: number) => registrationsInState(db, exchangeId, 'registered', 'last', limit);

export interface RegistrationFilter {
  state?: RegistrationState;
  delegationId?: string;
}

/** Registrations of an exchange in queue order (registered at, id), a page at a time. */
export async function listRegistrationRows(
  db: DbExecutor,
  exchangeId: string,
  filter: RegistrationFilter,
  page: { limit: number; after?: { registeredAt: string; id: string } },
): Promise<(RegistrationRow & { queuePosition: string })[]> {
  const conditions: (SQL | undefined)[] = [eq(exchangeRegistrations.exchangeId, exchangeId), ...equalFilters(filter, { state: exchangeRegistrations.state, delegationId: exchangeRegistrations.delegationId })];
  if (page.after) {
    conditions.push(sql`(${exchangeRegistrations.registeredAt}, ${exchangeRegistrations.id}) > (${page.after.registeredAt}::timestamptz, ${page.after.id}::uuid)`);
  }
  const rows = await db
    .select({ row: exchangeRegistrations, queuePosition: sql<string>`to_char(${exchangeRegistrations.registeredAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` })
    .from(exchangeRegistrations)
    .where(and(...conditions))
    .orderBy(asc(exchangeRegistrations.registeredAt), asc(exchangeRegistrations.id))
    .limit(page.limit + 1);
  return rows.map(({ row, queuePosition }) => ({ ...row, queuePosition }));
}

/** Places taken (registered, confirmed, attended) by country and by represented organization. */
export async function countedBreakdown(db: DbExecutor, exchangeId: string) {
  const where = and(eq(exchangeRegistrations.exchangeId, exchangeId), counted);
  const byCountry = await db
    .select({ countryCode: exchangeRegistrations.countryCode, count: sql<number>`count(*)::int` })
    .from(exchangeRegistrations)
    .where(where)
    .groupBy(exchangeRegistrations.countryCode);
  const byOrganization = await db
    .select({ organizationId: exchangeRegistrations.organizationId, count: sql<number>`count(*)::int` })
    .from(exchangeRegistrations)
    .where(where)
    .groupBy(exchangeRegistrations.organizationId);
  return { byCountry, byOrganization };
}

/** The exchanges these people are registered for (not cancelled), for a personal calendar. */
export async function findRegisteredExchangeIds(db: DbExecutor, personIds: string[], since: string): Promise<string[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ exchangeId: exchangeRegistrations.exchangeId, startDate: exchanges.startDate })
    .from(exchangeRegistrations)
    .innerJoin(exchanges, eq(exchanges.id, exchangeRegistrations.exchangeId))
    .where(and(idIn(exchangeRegistrations.personId, personIds), ne(exchangeRegistrations.state, 'cancelled'), sql`${exchanges.endDate} >= ${since}::date`))
    .orderBy(asc(exchanges.startDate))
    .limit(1000);
  return rows.map((row) => row.exchangeId);
}

/** Places taken per country across the exchanges the viewer may see in a period. */
export async function participantsByCountry(db: DbExecutor, viewer: Viewer, period: { from: string; to: string; workspaceId?: string }) {
  const scope = and(
    visibleTo(viewer, exchanges),
    sql`${exchanges.startDate} BETWEEN ${period.from}::date AND ${period.to}::date`,
    ne(exchanges.status, 'cancelled'),
    period.workspaceId ? eq(exchanges.workspaceId, period.workspaceId) : undefined,
  );
  const registered = await db
    .select({ countryCode: exchangeRegistrations.countryCode, count: sql<number>`count(*)::int` })
    .from(exchangeRegistrations)
    .innerJoin(exchanges, eq(exchanges.id, exchangeRegistrations.exchangeId))
    .where(and(scope, counted))
    .groupBy(exchangeRegistrations.countryCode);
  // Exchanges without registrations count their delegations' reported sizes, by origin.
  const delegated = await db
    .select({
      fromPlaceId: exchangeDelegations.fromPlaceId,
      fromOrganizationId: exchangeDelegations.fromOrganizationId,
      count: sql<number>`sum(${exchangeDelegations.size})::int`,
    })
    .from(exchangeDelegations)
    .innerJoin(exchanges, eq(exchanges.id, exchangeDelegations.exchangeId))
    .where(
      and(
        scope,
        sql`${exchangeDelegations.size} IS NOT NULL`,
        sql`NOT EXISTS (SELECT 1 FROM ${exchangeRegistrations} r WHERE r.exchange_id = ${exchanges.id})`,
      ),
    )
    .groupBy(exchangeDelegations.fromPlaceId, exchangeDelegations.fromOrganizationId);
  return { registered, delegated };
}

export async function findCalendarFeedToken(db: DbExecutor, userId: string) {
  const [row] = await db.select().from(calendarFeedTokens).where(eq(calendarFeedTokens.userId, userId));
  return row;
}

export async function findCalendarFeedByHash(db: DbExecutor, tokenHash: string) {
  const [row] = await db.select().from(calendarFeedTokens).where(eq(calendarFeedTokens.tokenHash, tokenHash));
  return row;
}

export async function replaceCalendarFeedToken(db: DbExecutor, userId: string, tokenHash: string, prefix: string) {
  await db.delete(calendarFeedTokens).where(eq(calendarFeedTokens.userId, userId));
  const [row] = await db.insert(calendarFeedTokens).values({ userId, tokenHash, prefix }).returning();
  return row!;
}

export async function deleteCalendarFeedToken(db: DbExecutor, userId: string): Promise<boolean> {
  const deleted = await db.delete(calendarFeedTokens).where(eq(calendarFeedTokens.userId, userId)).returning({ id: calendarFeedTokens.id });
  return deleted.length > 0;
}

export async function touchCalendarFeed(db: DbExecutor, id: string): Promise<void> {
  await db.update(calendarFeedTokens).set({ lastUsedAt: sql`now()` }).where(eq(calendarFeedTokens.id, id));
}

/**
 * Exchanges of the given workspaces, not over and not cancelled, with registrations awaiting a
 * step (invited without an answer, or waiting for a place), soonest first.
 */
export async function openRegistrationRows(db: DbExecutor, viewer: Viewer, workspaceIds: readonly string[], today: string, limit: number) {
  return db
    .select({
      exchange: { id: exchanges.id, title: exchanges.title, startDate: exchanges.startDate, endDate: exchanges.endDate },
      invited: sql<number>`count(*) FILTER (WHERE ${exchangeRegistrations.state} = 'invited')::int`,
      waitlisted: sql<number>`count(*) FILTER (WHERE ${exchangeRegistrations.state} = 'waitlisted')::int`,
    })
    .from(exchangeRegistrations)
    .innerJoin(exchanges, eq(exchanges.id, exchangeRegistrations.exchangeId))
    .where(
      and(
        visibleTo(viewer, exchanges),
        idIn(exchanges.workspaceId, workspaceIds),
        sql`${exchanges.endDate} >= ${today}::date`,
        ne(exchanges.status, 'cancelled'),
        inArray(exchangeRegistrations.state, ['invited', 'waitlisted']),
      ),
    )
    .groupBy(exchanges.id)
    .orderBy(asc(exchanges.startDate), asc(exchanges.id))
    .limit(limit);
}

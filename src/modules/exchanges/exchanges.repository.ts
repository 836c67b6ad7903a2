import { and, asc, desc, eq, gt, gte, inArray, lt, lte, or, type SQL } from 'drizzle-orm';
import type { Viewer } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { visibleTo } from '../workspaces/record-visibility.js';
import { exchangeDelegations, exchangeOrganizations, exchanges, exchangeSeries } from './exchanges.tables.js';

export type ExchangeRow = typeof exchanges.$inferSelect;
export type ExchangeSeriesRow = typeof exchangeSeries.$inferSelect;
export type DelegationRow = typeof exchangeDelegations.$inferSelect;
export type ExchangeOrganizationRow = typeof exchangeOrganizations.$inferSelect;

export interface ExchangeFilter {
  kind?: ExchangeRow['kind'];
  partnershipId?: string;
  networkId?: string;
  from?: string;
  to?: string;
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
  const conditions: (SQL | undefined)[] = [visibleTo(viewer, exchanges)];
  if (filter.kind) conditions.push(eq(exchanges.kind, filter.kind));
  if (filter.partnershipId) conditions.push(eq(exchanges.partnershipId, filter.partnershipId));
  if (filter.networkId) conditions.push(eq(exchanges.networkId, filter.networkId));
  if (filter.from) conditions.push(gte(exchanges.endDate, filter.from));
  if (filter.to) conditions.push(lte(exchanges.startDate, filter.to));
  const newest = page.order === 'newest';
  if (page.after) {
    const beyond = newest ? lt : gt;
    conditions.push(
      or(
        beyond(exchanges.startDate, page.after.startDate),
        and(eq(exchanges.startDate, page.after.startDate), beyond(exchanges.id, page.after.id)),
      ),
    );
  }
  const direction = newest ? desc : asc;
  return db
    .select()
    .from(exchanges)
    .where(and(...conditions))
    .orderBy(direction(exchanges.startDate), direction(exchanges.id))
    .limit(page.limit + 1);
}

export async function findExchangeRow(db: DbExecutor, id: string): Promise<ExchangeRow | undefined> {
  const [row] = await db.select().from(exchanges).where(eq(exchanges.id, id));
  return row;
}

export async function findSeriesRows(db: DbExecutor, ids: string[]): Promise<ExchangeSeriesRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(exchangeSeries).where(inArray(exchangeSeries.id, ids));
}

export async function findExchangeOrganizationRows(db: DbExecutor, exchangeId: string): Promise<ExchangeOrganizationRow[]> {
  return db
    .select()
    .from(exchangeOrganizations)
    .where(eq(exchangeOrganizations.exchangeId, exchangeId))
    .orderBy(asc(exchangeOrganizations.role));
}

export async function findDelegationRows(db: DbExecutor, exchangeId: string): Promise<DelegationRow[]> {
  return db
    .select()
    .from(exchangeDelegations)
    .where(eq(exchangeDelegations.exchangeId, exchangeId))
    .orderBy(desc(exchangeDelegations.size), asc(exchangeDelegations.id));
}

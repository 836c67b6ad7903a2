import { and, asc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbExecutor } from '../../core/db/client.js';
import { actionPlanProjects, exchangeProjects, exchangeRelations, type ExchangeRelationKind } from './record-links.tables.js';
import { findRowWhere } from '../../core/db/rows.js';

export type RelationRow = typeof exchangeRelations.$inferSelect;
export type ExchangeProjectRow = typeof exchangeProjects.$inferSelect;
export type PlanProjectRow = typeof actionPlanProjects.$inferSelect;

/** Enough for any page: a record is linked to a handful of others, not hundreds. */
const MAX_LINKS = 200;

/** The links that match, oldest first. */
async function linkRows<T extends PgTable & { id: AnyPgColumn; createdAt: AnyPgColumn }>(db: DbExecutor, table: T, where: SQL | undefined): Promise<T['$inferSelect'][]> {
  const rows = await db
    .select()
    .from(table as PgTable)
    .where(where)
    .orderBy(asc(table.createdAt), asc(table.id))
    .limit(MAX_LINKS);
  return rows as T['$inferSelect'][];
}

export function relationsOf(db: DbExecutor, exchangeId: string): Promise<RelationRow[]> {
  return linkRows(db, exchangeRelations, or(eq(exchangeRelations.exchangeId, exchangeId), eq(exchangeRelations.relatedExchangeId, exchangeId)));
}

export async function relationBetween(db: DbExecutor, first: string, second: string): Promise<RelationRow | undefined> {
  const [row] = await db
    .select()
    .from(exchangeRelations)
    .where(
      or(
        and(eq(exchangeRelations.exchangeId, first), eq(exchangeRelations.relatedExchangeId, second)),
        and(eq(exchangeRelations.exchangeId, second), eq(exchangeRelations.relatedExchangeId, first)),
      ),
    );
  return row;
}

/** Whether following "follow-up of" links from `from` reaches `to` (a new link to → from would close a circle). */
export async function followUpReaches(db: DbExecutor, from: string, to: string): Promise<boolean> {
  const rows = await db.execute<{ found: boolean }>(sql`
    WITH RECURSIVE chain(id) AS (
      SELECT ${from}::uuid
      UNION
      SELECT r.related_exchange_id FROM exchange_relations r JOIN chain ON r.exchange_id = chain.id WHERE r.kind = 'follow_up_of'
    )
    SELECT EXISTS (SELECT 1 FROM chain WHERE id = ${to}::uuid) AS found`);
  return rows.rows[0]?.found === true;
}

export async function insertRelation(db: DbExecutor, row: { exchangeId: string; relatedExchangeId: string; kind: ExchangeRelationKind; createdBy: string | null }): Promise<RelationRow> {
  const [inserted] = await db.insert(exchangeRelations).values(row).returning();
  return inserted!;
}

export function exchangeProjectsOf(db: DbExecutor, filter: { exchangeId?: string; projectId?: string }): Promise<ExchangeProjectRow[]> {
  return linkRows(db, exchangeProjects, filter.exchangeId ? eq(exchangeProjects.exchangeId, filter.exchangeId) : eq(exchangeProjects.projectId, filter.projectId!));
}

export const findExchangeProject = (db: DbExecutor, exchangeId: string, projectId: string, outcomeId: string | null): Promise<ExchangeProjectRow | undefined> => findRowWhere(db, exchangeProjects, and(eq(exchangeProjects.exchangeId, exchangeId), eq(exchangeProjects.projectId, projectId), outcomeId ? eq(exchangeProjects.outcomeId, outcomeId) : isNull(exchangeProjects.outcomeId)));

export async function insertExchangeProject(db: DbExecutor, row: { exchangeId: string; projectId: string; outcomeId: string | null; createdBy: string | null }): Promise<ExchangeProjectRow> {
  const [inserted] = await db.insert(exchangeProjects).values(row).returning();
  return inserted!;
}

/** Removes a link kept with the exchange, whichever kind; the removed row, if there was one. */
export async function deleteExchangeLink(db: DbExecutor, exchangeId: string, linkId: string): Promise<{ relation?: RelationRow; project?: ExchangeProjectRow }> {
  const [relation] = await db
    .delete(exchangeRelations)
    .where(and(eq(exchangeRelations.id, linkId), eq(exchangeRelations.exchangeId, exchangeId)))
    .returning();
  if (relation) return { relation };
  const [project] = await db
    .delete(exchangeProjects)
    .where(and(eq(exchangeProjects.id, linkId), eq(exchangeProjects.exchangeId, exchangeId)))
    .returning();
  return { project };
}

export function planProjectsOf(db: DbExecutor, filter: { actionPlanId?: string; projectId?: string }): Promise<PlanProjectRow[]> {
  return linkRows(db, actionPlanProjects, filter.actionPlanId ? eq(actionPlanProjects.actionPlanId, filter.actionPlanId) : eq(actionPlanProjects.projectId, filter.projectId!));
}

export async function insertPlanProject(db: DbExecutor, row: { actionPlanId: string; projectId: string; createdBy: string | null }): Promise<PlanProjectRow | undefined> {
  const [inserted] = await db.insert(actionPlanProjects).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function deletePlanProject(db: DbExecutor, actionPlanId: string, linkId: string): Promise<PlanProjectRow | undefined> {
  const [row] = await db
    .delete(actionPlanProjects)
    .where(and(eq(actionPlanProjects.id, linkId), eq(actionPlanProjects.actionPlanId, actionPlanId)))
    .returning();
  return row;
}

import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../../core/db/client.js';
import type { ProposalDraft } from './proposal-builder.js';
import { documentProposals } from './review.tables.js';
import { countRowsIn, findRowsWhere } from '../../../core/db/rows.js';


export type ProposalRow = typeof documentProposals.$inferSelect;

export function findProposalRows(db: DbExecutor, documentId: string): Promise<ProposalRow[]> {
  return findRowsWhere(db, documentProposals, eq(documentProposals.documentId, documentId), asc(documentProposals.position), asc(documentProposals.id));
}

export async function findProposalRowForUpdate(db: DbExecutor, documentId: string, proposalId: string): Promise<ProposalRow | undefined> {
  const [row] = await db
    .select()
    .from(documentProposals)
    .where(and(eq(documentProposals.id, proposalId), eq(documentProposals.documentId, documentId)))
    .for('update');
  return row;
}

/** Replaces the proposals still awaiting review; decided ones stay, and new ones are placed after them. */
export async function replacePendingProposals(db: DbExecutor, documentId: string, drafts: ProposalDraft[]): Promise<void> {
  await db.delete(documentProposals).where(and(eq(documentProposals.documentId, documentId), eq(documentProposals.state, 'pending')));
  if (drafts.length === 0) return;
  const [last] = await db
    .select({ position: sql<number>`coalesce(max(${documentProposals.position}), -1)::int` })
    .from(documentProposals)
    .where(eq(documentProposals.documentId, documentId));
  const offset = (last?.position ?? -1) + 1;
  await db.insert(documentProposals).values(
    drafts.map((draft) => ({ documentId, field: draft.field, position: offset + draft.position, proposal: draft.proposal, evidence: draft.evidence })),
  );
}

export async function updateProposalRow(db: DbExecutor, id: string, values: Partial<typeof documentProposals.$inferInsert>): Promise<ProposalRow> {
  const [row] = await db.update(documentProposals).set(values).where(eq(documentProposals.id, id)).returning();
  return row!;
}

/** How many proposals of each document await review. */
export const countPendingProposals = (db: DbExecutor, documentIds: string[]): Promise<Map<string, number>> =>
  countRowsIn(db, documentProposals, documentProposals.documentId, documentIds, eq(documentProposals.state, 'pending'));

/** Whether the document in `documentId` has proposals awaiting review, as a condition of a query on documents. */
export const hasPendingProposals = (documentId: SQL | { getSQL(): SQL }): SQL =>
  sql`EXISTS (SELECT 1 FROM ${documentProposals} WHERE ${documentProposals.documentId} = ${documentId} AND ${documentProposals.state} = 'pending')`;

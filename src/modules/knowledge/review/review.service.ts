import { sql } from 'drizzle-orm';
import { canCreateIn, canEdit, requireCreateIn } from '../../../core/auth/policy.js';
import { userIdOf } from '../../../core/auth/viewer.js';
import type { DbExecutor } from '../../../core/db/client.js';
import { AppError, invalidField } from '../../../core/errors.js';
import type { ServiceContext } from '../../../core/service-context.js';
import { recordAuditEvent } from '../../audit/audit.service.js';
import type { OrganizationRole } from '../../exchanges/exchanges.types.js';
import { linkRecordInTransaction, requireDocument } from '../documents/documents.service.js';
import { findEntryTitles } from '../search/search.service.js';
import { numberOf, sendsDelegation, type Accepted } from './proposal-kind.js';
import { carryOut, suggest } from './proposal-kinds.js';
import { requestExtraction } from './proposal-writer.js';
import { reviewConflict } from './review.errors.js';
import { presentProposal, presentReviewDocument } from './review.presenter.js';
import { findProposalRowForUpdate, findProposalRows, updateProposalRow, type ProposalRow } from './review.repository.js';
import type { AcceptInput, ProposalView, ReviewView } from './review.schemas.js';
import type { ProposalField } from './review.tables.js';

/** Below this confidence "accept all" leaves a proposal for the reviewer. */
const ACCEPT_ALL_MIN_CONFIDENCE = 0.7;

/** The records accepted so far for the document: what a new exchange is built from. */
function acceptedOf(rows: ProposalRow[]): Accepted {
  const accepted: Accepted = { places: [], organizations: [], themes: [], partnerships: [], programmes: [], exchange: null };
  for (const row of rows) {
    if (row.state !== 'accepted' || !row.recordId) continue;
    if (row.field === 'municipality' && sendsDelegation(row.proposal)) accepted.places.push(row.recordId);
    if (row.field === 'organization') accepted.organizations.push({ id: row.recordId, role: (row.decision?.role as OrganizationRole | null) ?? null });
    if (row.field === 'theme') accepted.themes.push(row.recordId);
    if (row.field === 'partnership') accepted.partnerships.push(row.recordId);
    if (row.field === 'funding_programme') accepted.programmes.push(row.recordId);
    if (row.field === 'exchange') accepted.exchange = row.recordId;
  }
  return accepted;
}

async function presentProposals(tx: DbExecutor, ctx: ServiceContext, rows: ProposalRow[], withSuggestions: boolean): Promise<ProposalView[]> {
  const titles = await findEntryTitles(tx, ctx.viewer, rows.flatMap((row) => (row.recordId ? [row.recordId] : [])));
  const views: ProposalView[] = [];
  for (const row of rows) {
    const entry = row.recordId && row.recordType ? titles.get(`${row.recordType}:${row.recordId}`) : undefined;
    views.push(presentProposal(row, entry?.title, withSuggestions && row.state === 'pending' ? await suggest(ctx, row) : null));
  }
  return views;
}

/** The document's text and its proposals, field by field, with what accepting each would do. */
export async function getReview(ctx: ServiceContext, documentId: string): Promise<ReviewView> {
  return ctx.transaction(async (tx, ctx) => {
    const document = await requireDocument(tx, ctx, documentId, 'read');
    const reviewer = canEdit(ctx.viewer, document) && canCreateIn(ctx.viewer, document.workspaceId);
    const rows = await findProposalRows(tx, documentId);
    return {
      document: presentReviewDocument(document),
      canReview: reviewer,
      proposals: await presentProposals(tx, ctx, rows, reviewer),
    };
  });
}

/** Extracts the proposals again in the background (after the text changed); decided ones stay. */
export async function extractAgain(ctx: ServiceContext, documentId: string): Promise<ReviewView> {
  await ctx.transaction(async (tx, ctx) => {
    const document = await requireDocument(tx, ctx, documentId, 'edit');
    if (document.text.trim() === '') throw invalidField('text', 'no_text', 'the document has no text to extract proposals from');
    await requestExtraction(tx, document);
    await recordAuditEvent(tx, ctx, { workspaceId: document.workspaceId, action: 'update', entityType: 'document', entityId: document.id, label: document.title, after: { proposalsExtracted: true } });
  });
  return getReview(ctx, documentId);
}

/** The proposal, locked, when the viewer may review the document and it awaits review. */
async function pendingProposal(tx: DbExecutor, ctx: ServiceContext, documentId: string, proposalId: string, states: ProposalRow['state'][] = ['pending']) {
  const document = await requireDocument(tx, ctx, documentId, 'edit');
  requireCreateIn(ctx.viewer, document.workspaceId);
  // One review step at a time per document: accepting reads what was accepted before.
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`review:${documentId}`}, 0))`);
  const row = await findProposalRowForUpdate(tx, documentId, proposalId);
  if (!row) throw new AppError('not_found', `Proposal ${proposalId} not found`);
  if (!states.includes(row.state)) throw reviewConflict('proposal_decided', `The proposal was ${row.state} already`, { state: row.state }, [{ field: 'proposalId', code: 'invalid_state', message: `is ${row.state} already` }]);
  return { document, row };
}

/**
 * Accepts a proposal in one transaction: links the record it stands for, or creates it first
 * (never a second place of a town, nor an organisation whose name a visible one has already),
 * links it to the document, and ties it to the exchange of the report when there is one.
 */
export async function acceptProposal(ctx: ServiceContext, system: ServiceContext, documentId: string, proposalId: string, input: AcceptInput): Promise<ProposalView> {
  return ctx.transaction(async (tx, ctx) => {
    const { document, row } = await pendingProposal(tx, ctx, documentId, proposalId);
    const all = await findProposalRows(tx, documentId);
    const accepted = acceptedOf(all);
    const suggestion = await suggest(ctx, row);
    const outcome = await carryOut(ctx, system, document, row, input, suggestion, accepted);
    await linkRecordInTransaction(tx, ctx, document, { recordType: outcome.recordType, recordId: outcome.recordId }, 'review', 'body.recordId');
    const decided = await updateProposalRow(tx, row.id, {
      state: 'accepted',
      decision: outcome.decision,
      recordType: outcome.recordType,
      recordId: outcome.recordId,
      decidedBy: userIdOf(ctx.viewer),
      decidedAt: new Date(),
    });
    await recordDecision(tx, ctx, document, row, { state: 'accepted', decision: outcome.decision, recordType: outcome.recordType, recordId: outcome.recordId });
    return (await presentProposals(tx, ctx, [decided], false))[0]!;
  });
}

/** The audit event of a decision on a proposal: its state before, and what the decision made of it. */
function recordDecision(tx: DbExecutor, ctx: ServiceContext, document: { workspaceId: string; title: string }, row: ProposalRow, after: object) {
  return recordAuditEvent(tx, ctx, {
    workspaceId: document.workspaceId,
    action: 'update',
    entityType: 'document_proposal',
    entityId: row.id,
    label: document.title,
    before: { state: row.state, field: row.field, proposal: row.proposal },
    after,
  });
}

export async function rejectProposal(ctx: ServiceContext, documentId: string, proposalId: string): Promise<ProposalView> {
  return decide(ctx, documentId, proposalId, ['pending'], 'rejected');
}

/** A rejected proposal awaits review again. */
export async function reopenProposal(ctx: ServiceContext, documentId: string, proposalId: string): Promise<ProposalView> {
  return decide(ctx, documentId, proposalId, ['rejected'], 'pending');
}

async function decide(ctx: ServiceContext, documentId: string, proposalId: string, from: ProposalRow['state'][], to: 'rejected' | 'pending'): Promise<ProposalView> {
  return ctx.transaction(async (tx, ctx) => {
    const { document, row } = await pendingProposal(tx, ctx, documentId, proposalId, from);
    const decided = await updateProposalRow(tx, row.id, { state: to, decision: null, decidedBy: to === 'pending' ? null : userIdOf(ctx.viewer), decidedAt: to === 'pending' ? null : new Date() });
    await recordDecision(tx, ctx, document, row, { state: to });
    return (await presentProposals(tx, ctx, [decided], to === 'pending'))[0]!;
  });
}

/** The order in which "accept all" goes: an exchange is built from the records accepted before it. */
const ACCEPT_ORDER: ProposalField[] = ['municipality', 'organization', 'partnership', 'funding_programme', 'theme', 'exchange'];

/**
 * Accepts every proposal awaiting review as suggested, each in its own transaction. Proposals
 * without a safe suggestion (an exchange without dates, a theme the taxonomy lacks) are left for
 * the reviewer, with the reason.
 */
export async function acceptAll(ctx: ServiceContext, system: ServiceContext, documentId: string) {
  const rows = await ctx.transaction(async (tx, ctx) => {
    const document = await requireDocument(tx, ctx, documentId, 'edit');
    requireCreateIn(ctx.viewer, document.workspaceId);
    return findProposalRows(tx, documentId);
  });
  const pending = rows.filter((row) => row.state === 'pending').sort((a, b) => ACCEPT_ORDER.indexOf(a.field) - ACCEPT_ORDER.indexOf(b.field) || a.position - b.position);
  let accepted = 0;
  const left: { id: string; field: ProposalField; code: string; reason: string }[] = [];
  for (const row of pending) {
    const confidence = numberOf(row.proposal.confidence);
    if (row.field === 'municipality' && row.proposal.role === 'mentioned') {
      left.push({ id: row.id, field: row.field, code: 'mentioned_in_passing', reason: 'the town is only mentioned in passing; accept it yourself if it took part' });
      continue;
    }
    if (confidence !== null && confidence < ACCEPT_ALL_MIN_CONFIDENCE) {
      left.push({ id: row.id, field: row.field, code: 'low_confidence', reason: 'the extraction is not sure of this proposal' });
      continue;
    }
    try {
      await acceptProposal(ctx, system, documentId, row.id, {});
      accepted++;
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      left.push({ id: row.id, field: row.field, code: error.issues[0]?.code ?? error.code, reason: error.issues[0]?.message ?? error.message });
    }
  }
  return { accepted, left, review: await getReview(ctx, documentId) };
}

/** Queues extracting proposals from a document's text; proposals awaiting review per document. */
export { requestExtraction } from './proposal-writer.js';
export { countPendingProposals, hasPendingProposals } from './review.repository.js';

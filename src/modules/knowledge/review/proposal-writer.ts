import type { DbExecutor } from '../../../core/db/client.js';
import { sendJob } from '../../../core/jobs/job-sender.js';
import { QUEUES } from '../../../core/jobs/queues.js';
import { updateDocumentRow, type DocumentRow } from '../documents/documents.service.js';
import type { Extraction } from '../extraction/extraction.service.js';
import { proposalsOf, type ProposalDraft } from './proposal-builder.js';
import { findProposalRows, replacePendingProposals } from './review.repository.js';

/** What makes two proposals the same: the town, the organisation's name, the theme … */
export function proposalKey(field: string, proposal: Record<string, unknown>): string {
  const text = (value: unknown) => (typeof value === 'string' ? value.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim() : String(value ?? ''));
  switch (field) {
    case 'exchange':
      return 'exchange';
    case 'municipality':
      return `municipality:${text(proposal.geonamesId)}`;
    case 'organization':
      return `organization:${text(proposal.name)}`;
    case 'theme':
      return `theme:${text(proposal.slug)}`;
    case 'funding_programme':
      return `funding_programme:${text(proposal.name)}`;
    default:
      return `partnership:${[text(proposal.aGeonamesId ?? proposal.a), text(proposal.bGeonamesId ?? proposal.b)].sort().join('|')}`;
  }
}

export interface ExtractDocumentJob {
  documentId: string;
}

/**
 * Asks for proposals to be extracted from the document's text in the background, in the caller's
 * transaction; a request made later supersedes this one.
 */
export async function requestExtraction(tx: DbExecutor, document: DocumentRow): Promise<DocumentRow> {
  const jobId = await sendJob(tx, QUEUES.extractDocument, { documentId: document.id } satisfies ExtractDocumentJob);
  return updateDocumentRow(tx, document.id, { extractionState: 'queued', extractionJobId: jobId });
}

/**
 * Keeps the proposals of an extraction for review, in the caller's transaction. Proposals
 * decided earlier stay as they are, and are not proposed again.
 */
export async function writeProposals(tx: DbExecutor, document: DocumentRow, extraction: Extraction): Promise<{ proposals: number }> {
  const decided = new Set((await findProposalRows(tx, document.id)).filter((row) => row.state !== 'pending').map((row) => proposalKey(row.field, row.proposal)));
  const drafts: ProposalDraft[] = proposalsOf(extraction)
    .filter((draft) => !decided.has(proposalKey(draft.field, draft.proposal)))
    .map((draft, position) => ({ ...draft, position }));
  await replacePendingProposals(tx, document.id, drafts);
  await updateDocumentRow(tx, document.id, { extractedAt: new Date(), extractedFrom: document.contentHash, extractionState: 'done', extractionJobId: null });
  return { proposals: drafts.length };
}

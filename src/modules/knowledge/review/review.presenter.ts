import { pickFields } from '../../../core/records/pick-fields.js';
import type { DocumentRow } from '../documents/documents.service.js';
import { recordPath } from '../search/search.service.js';
import type { SearchType } from '../search/search.types.js';
import type { ProposalRow } from './review.repository.js';
import type { ProposalView, ReviewView, Suggestion } from './review.schemas.js';

/** A proposal with the title of the record it became (when the viewer may see it) and what accepting it would do. */
export function presentProposal(row: ProposalRow, recordTitle: Record<string, string> | undefined, suggestion: Suggestion | null): ProposalView {
  return {
    ...pickFields(row, ['id', 'field', 'position', 'state', 'proposal', 'evidence']),
    decision: row.decision ?? null,
    record:
      recordTitle !== undefined && row.recordId ? { type: row.recordType!, id: row.recordId, title: recordTitle, path: recordPath(row.recordType as SearchType, row.recordId) } : null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    suggestion,
  };
}

/** The document as the review page shows it: its text and whether the proposals still match it. */
export function presentReviewDocument(document: DocumentRow): ReviewView['document'] {
  return {
    id: document.id,
    workspaceId: document.workspaceId,
    title: document.title,
    language: document.language,
    text: document.text,
    publishedOn: document.publishedOn,
    extractedAt: document.extractedAt?.toISOString() ?? null,
    reviewOutdated: document.extractedFrom !== null && document.extractedFrom !== document.contentHash,
    extractionState: document.extractionState,
  };
}

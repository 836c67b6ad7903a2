import type { LocalizedText } from '../../lib/api/types';
import type { ExtractionState } from './documentTypes';

export const PROPOSAL_FIELDS = ['exchange', 'municipality', 'organization', 'theme', 'funding_programme', 'partnership'] as const;
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];

export interface Evidence {
  field: string;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
}

export interface RecordLink {
  type: string;
  id: string;
  title: LocalizedText;
  path: string;
}

export interface Candidate extends RecordLink {
  score: number;
  /** What tells it apart, for showing in the reader's language. */
  facts: CandidateFacts;
}

export interface CandidateFacts {
  kind: string | null;
  place: { name: string; names: LocalizedText } | null;
  countryCode: string | null;
  population: number | null;
  startDate: string | null;
  endDate: string | null;
  year: number | null;
}

export interface Suggestion {
  action: 'link' | 'create' | 'none';
  recordId: string | null;
  candidates: Candidate[];
  problem: string | null;
  role: string | null;
}

export interface Proposal {
  id: string;
  field: ProposalField;
  position: number;
  state: 'pending' | 'accepted' | 'rejected';
  proposal: Record<string, unknown>;
  evidence: Evidence[];
  decision: Record<string, unknown> | null;
  record: RecordLink | null;
  decidedAt: string | null;
  suggestion: Suggestion | null;
}

export interface Review {
  document: {
    id: string;
    workspaceId: string;
    title: string;
    language: string;
    text: string;
    publishedOn: string | null;
    extractedAt: string | null;
    reviewOutdated: boolean;
    extractionState: ExtractionState;
  };
  canReview: boolean;
  proposals: Proposal[];
}

/** What accepting may change from the suggestion (the server's accept body). */
export interface AcceptInput {
  action?: 'link' | 'create';
  recordId?: string;
  name?: string;
  shortName?: string | null;
  organizationKind?: string;
  title?: string;
  startDate?: string;
  endDate?: string;
  since?: number | null;
}

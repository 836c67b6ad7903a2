import type { LocalizedText, Visibility } from '../../lib/api/types';

export const DOCUMENT_KINDS = ['news', 'report', 'minutes', 'presentation', 'concept', 'good_practice'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_LANGUAGES = ['de', 'en', 'uk'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

/** Proposals are extracted in the background: `queued` and `running` until they are written. */
export const EXTRACTION_STATES = ['none', 'queued', 'running', 'done', 'failed'] as const;
export type ExtractionState = (typeof EXTRACTION_STATES)[number];

export const GOOD_PRACTICE_CRITERIA = ['relevance', 'participation', 'impact', 'transferability'] as const;
export type GoodPracticeCriterion = (typeof GOOD_PRACTICE_CRITERIA)[number];

export interface CriterionAssessment {
  assessment: string;
  rating: number | null;
}
export type GoodPractice = Record<GoodPracticeCriterion, CriterionAssessment>;

export interface DocumentSummary {
  id: string;
  workspaceId: string;
  kind: DocumentKind;
  language: DocumentLanguage;
  title: string;
  excerpt: string;
  publishedOn: string | null;
  sortDate: string;
  visibility: Visibility;
  origin: 'form' | 'paste' | 'upload' | 'ingest' | 'demo';
  pendingProposals: number;
  extractionState: ExtractionState;
}

export interface DocumentFile {
  id: string;
  fileName: string;
  contentType: string;
  byteSize: number;
  textState: 'none' | 'extracted' | 'failed';
  textLength: number;
  pageCount: number | null;
  textError: string | null;
  createdAt: string;
  url: string;
}

export interface DocumentLink {
  id: string;
  recordType: string;
  recordId: string;
  origin: 'manual' | 'review';
  title: LocalizedText | null;
  kind: string | null;
  path: string;
}

export interface DocumentDetail extends DocumentSummary {
  languageSource: 'detected' | 'given';
  text: string;
  sourceUrl: string | null;
  goodPractice: GoodPractice | null;
  files: DocumentFile[];
  links: DocumentLink[];
  extractedAt: string | null;
  reviewOutdated: boolean;
  createdAt: string;
  updatedAt: string;
  canEdit: boolean;
  canReadComments: boolean;
  canComment: boolean;
  canModerate: boolean;
}

export interface DocumentFilters {
  kind?: DocumentKind;
  language?: DocumentLanguage;
  workspaceId?: string;
  linkedType?: string;
  linkedId?: string;
}

export interface DocumentComment {
  id: string;
  body: string | null;
  state: 'new' | 'approved' | 'hidden';
  author: { id: string; displayName: string } | null;
  createdAt: string;
  editedAt: string | null;
  moderatedAt: string | null;
  moderationNote: string | null;
  canEdit: boolean;
  canModerate: boolean;
}

export interface CommentPage {
  items: DocumentComment[];
  nextCursor: string | null;
  awaitingModeration: number;
}

import { apiUpload } from '../../lib/api/apiUpload';
import { apiUploadFiles } from '../../lib/api/apiUploadFiles';
import { api, dataOf, inPath } from '../../lib/api/client';
import { enumValues, type BodyOf, type DraftOf, type QueryOf, type ResponseOf } from '../../lib/api/contract';
import { uploadOutcomesMaxItems } from '../../lib/api/enums';
import type { components } from '../../lib/api/schema';
import type { Job } from '../jobs/jobApi';
import { recordKeys } from '../../lib/recordKeys';

export type DocumentSummary = ResponseOf<'/api/documents'>['items'][number];
export type DocumentDetail = ResponseOf<'/api/documents/{id}'>;
export type DocumentKind = DocumentSummary['kind'];
export type DocumentLanguage = DocumentSummary['language'];
/** Proposals are extracted in the background: `queued` and `running` until they are written. */
export type ExtractionState = DocumentSummary['extractionState'];
export type GoodPractice = NonNullable<DocumentDetail['goodPractice']>;
export type GoodPracticeCriterion = keyof GoodPractice;
export type DocumentFile = DocumentDetail['files'][number];
export type DocumentLink = DocumentDetail['links'][number];
/** The kinds of record a document is linked with (any findable one but a document; the search offers no documents). */
export type DocumentLinkTarget = BodyOf<'/api/documents/{id}/links', 'post'>['recordType'];
export type DocumentFilters = Pick<QueryOf<'/api/documents'>, 'kind' | 'language' | 'workspaceId' | 'linkedType' | 'linkedId'>;
/** What became of one file of an uploaded batch (`result.outcomes` of its job). */
export type UploadOutcome = components['schemas']['UploadOutcome'];
export type CommentPage = ResponseOf<'/api/documents/{id}/comments'>;
export type DocumentComment = CommentPage['items'][number];

export type Review = ResponseOf<'/api/documents/{id}/review'>;
export type Proposal = Review['proposals'][number];
export type ProposalField = Proposal['field'];
export type Evidence = Proposal['evidence'][number];
export type Candidate = NonNullable<Proposal['suggestion']>['candidates'][number];
/** What accepting may change from the suggestion. */
export type AcceptInput = NonNullable<BodyOf<'/api/documents/{id}/proposals/{proposalId}/accept', 'post'>>;

type ImportQuery = QueryOf<'/api/documents/import', 'post'>;
type BatchQuery = QueryOf<'/api/documents/batches', 'post'>;

/** The most files one upload batch takes. */
export const MAX_FILES_PER_BATCH = uploadOutcomesMaxItems;
/** The four criteria of the URBACT good practice label, in the order they are shown. */
export const GOOD_PRACTICE_CRITERIA = enumValues<GoodPracticeCriterion>()(['relevance', 'participation', 'impact', 'transferability']);

/** Query keys of the documents; every change invalidates `documentKeys.all`. */
export const documentKeys = {
  ...recordKeys<DocumentFilters>('documents'),
  lists: ['documents', 'list'] as const,
  review: (id: string | undefined) => ['documents', 'review', id] as const,
  comments: (id: string) => ['documents', 'comments', id] as const,
};

export const documentApi = {
  list: (query: QueryOf<'/api/documents'>, signal?: AbortSignal) => dataOf(api.GET('/api/documents', { params: { query }, signal })),
  get: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/documents/{id}', { ...inPath({ id }), signal })),
  review: (id: string, signal?: AbortSignal) => dataOf(api.GET('/api/documents/{id}/review', { ...inPath({ id }), signal })),
  comments: (id: string, query: QueryOf<'/api/documents/{id}/comments'>, signal?: AbortSignal) => dataOf(api.GET('/api/documents/{id}/comments', { params: { path: { id }, query }, signal })),

  create: (body: DraftOf<'/api/documents', 'post'>) => dataOf(api.POST('/api/documents', { body })),
  /** A new document from one file (multipart, which the typed client does not send). */
  importFile: (file: File, query: ImportQuery) => apiUpload<ResponseOf<'/api/documents/import', 'post'>>('/documents/import', file, query),
  /** A batch of files, read into documents by a job (answered with 202 and the job). */
  uploadBatch: (files: File[], query: BatchQuery) => apiUploadFiles<Job>('/documents/batches', files, query),
  update: (id: string, body: DraftOf<'/api/documents/{id}', 'patch'>) => dataOf(api.PATCH('/api/documents/{id}', { ...inPath({ id }), body })),
  remove: (id: string) => dataOf(api.DELETE('/api/documents/{id}', inPath({ id }))),

  addFile: (id: string, file: File) => apiUpload<ResponseOf<'/api/documents/{id}/files', 'post'>>(`/documents/${encodeURIComponent(id)}/files`, file, { useText: 'true' }),
  removeFile: (id: string, fileId: string) => dataOf(api.DELETE('/api/documents/{id}/files/{fileId}', inPath({ id, fileId }))),
  addLink: (id: string, body: BodyOf<'/api/documents/{id}/links', 'post'>) => dataOf(api.POST('/api/documents/{id}/links', { ...inPath({ id }), body })),
  removeLink: (id: string, linkId: string) => dataOf(api.DELETE('/api/documents/{id}/links/{linkId}', inPath({ id, linkId }))),

  addComment: (id: string, body: string) => dataOf(api.POST('/api/documents/{id}/comments', { ...inPath({ id }), body: { body } })),
  editComment: (id: string, commentId: string, body: string) => dataOf(api.PATCH('/api/documents/{id}/comments/{commentId}', { ...inPath({ id, commentId }), body: { body } })),
  removeComment: (id: string, commentId: string) => dataOf(api.DELETE('/api/documents/{id}/comments/{commentId}', inPath({ id, commentId }))),
  hideComment: (id: string, commentId: string, note: string | null) => dataOf(api.POST('/api/documents/{id}/comments/{commentId}/hide', { ...inPath({ id, commentId }), body: { note } })),
  approveComment: (id: string, commentId: string) => dataOf(api.POST('/api/documents/{id}/comments/{commentId}/approve', inPath({ id, commentId }))),

  acceptProposal: (id: string, proposalId: string, body: AcceptInput) => dataOf(api.POST('/api/documents/{id}/proposals/{proposalId}/accept', { ...inPath({ id, proposalId }), body })),
  rejectProposal: (id: string, proposalId: string) => dataOf(api.POST('/api/documents/{id}/proposals/{proposalId}/reject', inPath({ id, proposalId }))),
  reopenProposal: (id: string, proposalId: string) => dataOf(api.POST('/api/documents/{id}/proposals/{proposalId}/reopen', inPath({ id, proposalId }))),
  acceptAll: (id: string) => dataOf(api.POST('/api/documents/{id}/review/accept-all', inPath({ id }))),
  /** Finds the proposals again; answers at once with the extraction queued. */
  extractAgain: (id: string) => dataOf(api.POST('/api/documents/{id}/review/extract', inPath({ id }))),
};

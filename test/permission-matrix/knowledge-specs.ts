import { demoId } from '../../src/demo/demo-id.js';
import { multipartBody } from '../support/multipart.js';
import { createCommentOf, createDocumentRecord, createJobRecord, createFileOf, createLinkOf, createProposalOf } from './knowledge-records.js';
import type { AttemptContext, RouteSpec } from './route-specs.js';
import { createThesaurusRecord } from './records.js';

const document = (path = '') => ({ record: createDocumentRecord, request: ({ recordId }: { recordId: string }) => ({ url: `/api/documents/${recordId}${path}` }) });

/** A text file of its own per attempt: the same text is not added to a workspace twice. */
const textUpload = (unique: string) =>
  multipartBody({ fileName: `bericht-${unique}.txt`, contentType: 'text/plain', data: `Bericht ${unique}: Die Delegation aus Kiew besuchte Leipzig-Grünau.\n` });

const thesaurusEntry = (path = '') => ({ record: createThesaurusRecord, request: ({ recordId }: { recordId: string }) => ({ url: `/api/search/thesaurus/${recordId}${path}` }) });

const commentBy = async ({ db, cast, recordId }: AttemptContext) => createCommentOf(db, recordId, cast.userIds.creator!);

/** The knowledge base: documents, their files, links, comments and proposals, and the one search. */
export const KNOWLEDGE_SPECS: Record<string, RouteSpec> = {
  'GET /api/documents': { access: 'anyone', ok: 200, request: () => ({ url: '/api/documents' }) },
  'POST /api/documents': {
    access: 'create-in-workspace',
    ok: 201,
    request: ({ cast, unique }) => ({
      url: '/api/documents',
      payload: { workspaceId: cast.workspaceId, kind: 'news', text: `Neuigkeiten aus der Partnerschaft Leipzig–Kiew (${unique}).` },
    }),
  },
  'POST /api/documents/import': {
    access: 'create-in-workspace',
    ok: 201,
    request: ({ cast, unique }) => {
      const { payload, contentType } = textUpload(unique);
      return { url: `/api/documents/import?workspaceId=${cast.workspaceId}`, payload, contentType };
    },
  },
  'POST /api/documents/batches': {
    access: 'create-in-workspace',
    ok: 202,
    request: ({ cast, unique }) => {
      const { payload, contentType } = multipartBody({ field: 'files', fileName: `bericht-${unique}.txt`, contentType: 'text/plain', data: `Bericht ${unique} aus Darnyzja.\n` });
      return { url: `/api/documents/batches?workspaceId=${cast.workspaceId}`, payload, contentType };
    },
  },
  'GET /api/jobs/gazetteer': { access: 'anyone', ok: 200, request: () => ({ url: '/api/jobs/gazetteer' }) },
  // The one who started a job and the workspace's coordinators follow it; for everyone else it does not exist.
  'GET /api/jobs/:id': {
    access: 'read-record',
    ok: 200,
    record: createJobRecord,
    request: ({ recordId }) => ({ url: `/api/jobs/${recordId}` }),
    expect: (actor) => (actor === 'creator' || actor === 'coordinator' || actor === 'owner' ? 200 : 404),
  },
  'GET /api/documents/:id': { access: 'read-record', ok: 200, ...document() },
  'PATCH /api/documents/:id': {
    access: 'edit-record',
    ok: 200,
    freshRecord: true,
    record: createDocumentRecord,
    request: ({ recordId }) => ({ url: `/api/documents/${recordId}`, payload: { kind: 'minutes' } }),
  },
  'DELETE /api/documents/:id': { access: 'edit-record', ok: 204, freshRecord: true, ...document() },
  'GET /api/documents/:id/history': { access: 'record-history', ok: 200, ...document('/history') },

  'POST /api/documents/:id/files': {
    access: 'edit-record',
    ok: 201,
    record: createDocumentRecord,
    request: ({ recordId, unique }) => {
      const { payload, contentType } = textUpload(unique);
      return { url: `/api/documents/${recordId}/files`, payload, contentType };
    },
  },
  'GET /api/documents/:id/files/:fileId': {
    access: 'read-record',
    ok: 200,
    record: createDocumentRecord,
    request: async ({ db, recordId }) => ({ url: `/api/documents/${recordId}/files/${await createFileOf(db, recordId)}` }),
  },
  'DELETE /api/documents/:id/files/:fileId': {
    access: 'edit-record',
    ok: 204,
    record: createDocumentRecord,
    request: async ({ db, recordId }) => ({ url: `/api/documents/${recordId}/files/${await createFileOf(db, recordId)}` }),
  },

  'POST /api/documents/:id/links': {
    access: 'edit-record',
    ok: 201,
    freshRecord: true,
    record: createDocumentRecord,
    request: ({ recordId }) => ({ url: `/api/documents/${recordId}/links`, payload: { recordType: 'place', recordId: demoId('place:kyiv') } }),
  },
  'DELETE /api/documents/:id/links/:linkId': {
    access: 'edit-record',
    ok: 204,
    freshRecord: true,
    record: createDocumentRecord,
    request: async ({ db, recordId }) => ({ url: `/api/documents/${recordId}/links/${await createLinkOf(db, recordId)}` }),
  },

  'GET /api/documents/:id/comments': { access: 'read-comments', ok: 200, ...document('/comments') },
  'POST /api/documents/:id/comments': {
    access: 'write-comments',
    ok: 201,
    record: createDocumentRecord,
    request: ({ recordId }) => ({ url: `/api/documents/${recordId}/comments`, payload: { body: 'Danke für den Bericht!' } }),
  },
  'PATCH /api/documents/:id/comments/:commentId': {
    access: 'own-comment',
    ok: 200,
    record: createDocumentRecord,
    request: async (context) => ({ url: `/api/documents/${context.recordId}/comments/${await commentBy(context)}`, payload: { body: 'Genauer gesagt: danke!' } }),
  },
  'DELETE /api/documents/:id/comments/:commentId': {
    access: 'remove-comment',
    ok: 204,
    record: createDocumentRecord,
    request: async (context) => ({ url: `/api/documents/${context.recordId}/comments/${await commentBy(context)}` }),
  },
  'POST /api/documents/:id/comments/:commentId/hide': {
    access: 'moderate-comments',
    ok: 200,
    record: createDocumentRecord,
    request: async (context) => ({ url: `/api/documents/${context.recordId}/comments/${await commentBy(context)}/hide`, payload: { note: 'Nicht zum Thema' } }),
  },
  'POST /api/documents/:id/comments/:commentId/approve': {
    access: 'moderate-comments',
    ok: 200,
    record: createDocumentRecord,
    request: async (context) => ({ url: `/api/documents/${context.recordId}/comments/${await commentBy(context)}/approve` }),
  },

  'GET /api/documents/:id/review': { access: 'read-record', ok: 200, ...document('/review') },
  'POST /api/documents/:id/review/extract': { access: 'edit-record', ok: 200, ...document('/review/extract') },
  'POST /api/documents/:id/review/accept-all': { access: 'edit-record', ok: 200, freshRecord: true, ...document('/review/accept-all') },
  'POST /api/documents/:id/proposals/:proposalId/accept': {
    access: 'edit-record',
    ok: 200,
    record: createDocumentRecord,
    request: async ({ db, recordId }) => ({ url: `/api/documents/${recordId}/proposals/${await createProposalOf(db, recordId)}/accept`, payload: { recordId: demoId('place:leipzig') } }),
  },
  'POST /api/documents/:id/proposals/:proposalId/reject': {
    access: 'edit-record',
    ok: 200,
    record: createDocumentRecord,
    request: async ({ db, recordId }) => ({ url: `/api/documents/${recordId}/proposals/${await createProposalOf(db, recordId)}/reject` }),
  },
  'POST /api/documents/:id/proposals/:proposalId/reopen': {
    access: 'edit-record',
    ok: 200,
    record: createDocumentRecord,
    request: async ({ db, recordId }) => ({ url: `/api/documents/${recordId}/proposals/${await createProposalOf(db, recordId, 'rejected')}/reopen` }),
  },

  'GET /api/search': { access: 'anyone', ok: 200, request: () => ({ url: '/api/search?q=Partnerschaft' }) },
  // The search thesaurus is a shared vocabulary like the themes: readers see it, coordinators curate it.
  'GET /api/search/thesaurus': { access: 'anyone', ok: 200, request: () => ({ url: '/api/search/thesaurus' }) },
  'GET /api/search/thesaurus/:id': { access: 'read-record', ok: 200, ...thesaurusEntry() },
  'GET /api/search/thesaurus/:id/history': { access: 'record-history', ok: 200, ...thesaurusEntry('/history') },
  'POST /api/search/thesaurus': {
    access: 'workspace-reviewer',
    ok: 201,
    request: ({ cast, unique }) => ({ url: '/api/search/thesaurus', payload: { workspaceId: cast.workspaceId, terms: { de: [`Begriff ${unique}`], en: [`term ${unique}`] } } }),
  },
  'PATCH /api/search/thesaurus/:id': {
    access: 'curate-record',
    ok: 200,
    freshRecord: true,
    record: createThesaurusRecord,
    request: ({ recordId }) => ({ url: `/api/search/thesaurus/${recordId}`, payload: { terms: { de: ['Fernwärme'], uk: ['теплопостачання'] } } }),
  },
  'DELETE /api/search/thesaurus/:id': { access: 'curate-record', ok: 204, freshRecord: true, ...thesaurusEntry() },
};

import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, invalidField, validationFailed } from '../../../core/errors.js';
import { idParamsSchema } from '../../../core/http/common-schemas.js';
import type { ModuleOptions } from '../../../core/http/module-options.js';
import { unstorableFormFieldIssues } from '../../../core/http/unstorable-fields.js';
import { registerHistoryRoute } from '../../audit/audit.service.js';
import { jobSchema } from '../../jobs/jobs.schemas.js';
import { startUploadBatch } from '../ingest/ingest-upload.service.js';
import { addComment, deleteComment, editComment, listComments, moderateComment } from './document-comments.service.js';
import { attachFile, importDocument, readFile, removeFile, type Upload } from './document-files.service.js';
import { findDocumentRow } from './documents.repository.js';
import {
  commentCreateSchema,
  commentHideSchema,
  commentListQuerySchema,
  commentPageSchema,
  commentParamsSchema,
  commentSchema,
  commentUpdateSchema,
  documentCreateSchema,
  documentDetailSchema,
  documentListQuerySchema,
  documentPageSchema,
  documentUpdateSchema,
  fileParamsSchema,
  importQuerySchema,
  linkParamsSchema,
  linkSchema,
  linkTargetSchema,
  fileAttachedSchema,
  MAX_FILES_PER_BATCH,
  uploadQuerySchema,
} from './documents.schemas.js';
import { createDocument, deleteDocument, getDocument, linkRecord, listDocuments, unlinkRecord, updateDocument } from './documents.service.js';
import { registerInvolvementSource } from '../../involvement/involvement.service.js';
import { documentInvolvement } from './document-involvement.js';
import { registerDocumentTimelineSource } from './document-timeline.js';

export interface DocumentRoutesOptions extends ModuleOptions {
  /** The largest file accepted (bytes). */
  fileLimitBytes: number;
}

/** The one file of a multipart request, read into memory up to the limit. */
async function uploadOf(request: FastifyRequest, limit: number): Promise<Upload> {
  if (!request.isMultipart()) throw new AppError('unsupported_media_type', 'Send the file as multipart/form-data in the field "file"', [{ field: 'file', code: 'required', message: 'is missing' }]);
  try {
    const part = await request.file({ limits: { fileSize: limit, files: 1, fields: 20, parts: 21 } });
    if (!part || part.fieldname !== 'file') throw invalidField('file', 'required', 'is missing: send the file in the field "file"');
    const fieldIssues = unstorableFormFieldIssues(part.fields);
    if (fieldIssues.length > 0) throw validationFailed(fieldIssues);
    const data = await part.toBuffer();
    if (data.byteLength === 0) throw invalidField('file', 'file_empty', 'is empty');
    return { fileName: part.filename, contentType: part.mimetype, data };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('payload_too_large', `file: must be at most ${Math.floor(limit / 1024 / 1024)} MB`, [{ field: 'file', code: 'file_too_large', params: { maxMegabytes: Math.floor(limit / 1024 / 1024) }, message: `must be at most ${limit} bytes` }]);
    }
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') throw invalidField('file', 'too_many_files', 'send one file at a time', { max: 1 });
    throw invalidField('file', 'file_unreadable', `could not be read: ${(error as Error).message}`);
  }
}

/** Every file of a multipart request (field "files"), each up to the limit. */
async function uploadsOf(request: FastifyRequest, limit: number): Promise<Upload[]> {
  if (!request.isMultipart()) throw new AppError('unsupported_media_type', 'Send the files as multipart/form-data in the field "files"', [{ field: 'files', code: 'required', message: 'is missing' }]);
  const uploads: Upload[] = [];
  try {
    for await (const part of request.files({ limits: { fileSize: limit, files: MAX_FILES_PER_BATCH, fields: 0, parts: MAX_FILES_PER_BATCH } })) {
      if (part.fieldname !== 'files') throw invalidField(part.fieldname, 'unknown_field', 'is not expected: send the files in the field "files"');
      // An empty file is kept, so the outcome of the batch names it instead of leaving it out.
      uploads.push({ fileName: part.filename, contentType: part.mimetype, data: await part.toBuffer() });
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('payload_too_large', `files: each must be at most ${Math.floor(limit / 1024 / 1024)} MB`, [{ field: 'files', code: 'file_too_large', params: { maxMegabytes: Math.floor(limit / 1024 / 1024) }, message: `each must be at most ${limit} bytes` }]);
    }
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') throw invalidField('files', 'too_many_files', `send at most ${MAX_FILES_PER_BATCH} files at a time`, { max: MAX_FILES_PER_BATCH });
    throw invalidField('files', 'file_unreadable', `could not be read: ${(error as Error).message}`);
  }
  if (uploads.length === 0) throw invalidField('files', 'required', 'is missing: send one or more files in the field "files"');
  return uploads;
}

/** RFC 6266 Content-Disposition with a plain fallback name and the UTF-8 name. */
function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export const documentsRoutes: FastifyPluginAsyncZod<DocumentRoutesOptions> = async (app, { context, fileLimitBytes }) => {
  registerDocumentTimelineSource();
  registerInvolvementSource(documentInvolvement);
  await app.register(multipart, { limits: { fileSize: fileLimitBytes } });
  registerHistoryRoute(app, { context, collection: '/api/documents', entityType: 'document', what: 'Document', tag: 'documents', load: findDocumentRow });

  app.get(
    '/api/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'List documents, newest first, by kind, language, workspace, linked record or proposals awaiting review',
        querystring: documentListQuerySchema,
        response: { 200: documentPageSchema },
      },
    },
    async (request) => listDocuments(context(request), request.query),
  );
  app.post(
    '/api/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'Add a document (typed or pasted); with extract: true, proposals are extracted for review',
        body: documentCreateSchema,
        response: { 201: documentDetailSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createDocument(context(request), { ...request.body, origin: request.body.extract ? 'paste' : 'form' })),
  );
  app.post(
    '/api/documents/import',
    {
      schema: {
        tags: ['documents'],
        summary: 'A new document from a PDF or text file: the text is read from the file and proposals extracted for review',
        querystring: importQuerySchema,
        consumes: ['multipart/form-data'],
        response: { 201: documentDetailSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await importDocument(context(request), request.query, await uploadOf(request, fileLimitBytes))),
  );
  app.post(
    '/api/documents/batches',
    {
      schema: {
        tags: ['documents'],
        summary: `Several reports at once (up to ${MAX_FILES_PER_BATCH} files): answered at once with a job that makes a document of each file in the background; follow it at /api/jobs/{id}`,
        querystring: importQuerySchema.omit({ title: true }),
        consumes: ['multipart/form-data'],
        response: { 202: jobSchema },
      },
    },
    async (request, reply) => {
      const job = await startUploadBatch(context(request), request.query, await uploadsOf(request, fileLimitBytes));
      return reply.status(202).header('location', `/api/jobs/${job.id}`).send(job);
    },
  );
  app.get(
    '/api/documents/:id',
    { schema: { tags: ['documents'], summary: 'A document with its text, files, links and what you may do with it', params: idParamsSchema, response: { 200: documentDetailSchema } } },
    async (request) => getDocument(context(request), request.params.id),
  );
  app.patch(
    '/api/documents/:id',
    { schema: { tags: ['documents'], summary: 'Change a document', params: idParamsSchema, body: documentUpdateSchema, response: { 200: documentDetailSchema } } },
    async (request) => updateDocument(context(request), request.params.id, request.body),
  );
  app.delete(
    '/api/documents/:id',
    { schema: { tags: ['documents'], summary: 'Delete a document with its files, links, comments and proposals', params: idParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteDocument(context(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/documents/:id/files',
    {
      schema: {
        tags: ['documents'],
        summary: 'Attach a file (PDF, text, Markdown, image, Word, PowerPoint, OpenDocument); the text of PDFs and text files is read and searchable',
        params: idParamsSchema,
        querystring: uploadQuerySchema,
        consumes: ['multipart/form-data'],
        response: { 201: fileAttachedSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await attachFile(context(request), request.params.id, await uploadOf(request, fileLimitBytes), { useText: request.query.useText === 'true' })),
  );
  app.get(
    '/api/documents/:id/files/:fileId',
    { schema: { tags: ['documents'], summary: 'Download an attached file', params: fileParamsSchema } },
    async (request, reply) => {
      const file = await readFile(context(request), request.params.id, request.params.fileId);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-cache')
        .header('etag', `"${file.sha256}"`)
        .send(file.data);
    },
  );
  app.delete(
    '/api/documents/:id/files/:fileId',
    { schema: { tags: ['documents'], summary: 'Remove an attached file', params: fileParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await removeFile(context(request), request.params.id, request.params.fileId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/documents/:id/links',
    {
      schema: {
        tags: ['documents'],
        summary: 'Link a record (partnership, exchange, network, place, organisation, person, project, action plan, funding programme, theme)',
        params: idParamsSchema,
        body: linkTargetSchema,
        response: { 200: linkSchema, 201: linkSchema },
      },
    },
    async (request, reply) => {
      const { link, created } = await linkRecord(context(request), request.params.id, request.body);
      return reply.status(created ? 201 : 200).send(link);
    },
  );
  app.delete(
    '/api/documents/:id/links/:linkId',
    { schema: { tags: ['documents'], summary: 'Remove a link', params: linkParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await unlinkRecord(context(request), request.params.id, request.params.linkId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/documents/:id/comments',
    {
      schema: {
        tags: ['documents'],
        summary: 'The comments, oldest first (members of the document’s workspace)',
        params: idParamsSchema,
        querystring: commentListQuerySchema,
        response: { 200: commentPageSchema },
      },
    },
    async (request) => listComments(context(request), request.params.id, request.query),
  );
  app.post(
    '/api/documents/:id/comments',
    { schema: { tags: ['documents'], summary: 'Comment (owners, coordinators and members)', params: idParamsSchema, body: commentCreateSchema, response: { 201: commentSchema } } },
    async (request, reply) => reply.status(201).send(await addComment(context(request), request.params.id, request.body.body)),
  );
  app.patch(
    '/api/documents/:id/comments/:commentId',
    { schema: { tags: ['documents'], summary: 'Change your comment', params: commentParamsSchema, body: commentUpdateSchema, response: { 200: commentSchema } } },
    async (request) => editComment(context(request), request.params.id, request.params.commentId, request.body.body),
  );
  app.delete(
    '/api/documents/:id/comments/:commentId',
    { schema: { tags: ['documents'], summary: 'Delete a comment (its author, or a coordinator)', params: commentParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteComment(context(request), request.params.id, request.params.commentId);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/documents/:id/comments/:commentId/hide',
    { schema: { tags: ['documents'], summary: 'Hide a comment, with a note why (coordinators)', params: commentParamsSchema, body: commentHideSchema, response: { 200: commentSchema } } },
    async (request) => moderateComment(context(request), request.params.id, request.params.commentId, { state: 'hidden', note: request.body.note }),
  );
  app.post(
    '/api/documents/:id/comments/:commentId/approve',
    { schema: { tags: ['documents'], summary: 'Approve a comment; a hidden one shows again (coordinators)', params: commentParamsSchema, response: { 200: commentSchema } } },
    async (request) => moderateComment(context(request), request.params.id, request.params.commentId, { state: 'approved', note: null }),
  );
};

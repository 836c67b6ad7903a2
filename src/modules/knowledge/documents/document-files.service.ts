import { requireCreateIn, requireEdit, requireRead } from '../../../core/auth/policy.js';
import { userIdOf } from '../../../core/auth/viewer.js';
import { notFound } from '../../../core/errors.js';
import type { ServiceContext } from '../../../core/service-context.js';
import { detectLanguage } from '../extraction/extraction-text.service.js';
import { contentHash, tidyText } from './content-hash.js';
import { presentFile } from './documents.presenter.js';
import { deleteFileRow, findDocumentRow, findFileRow, insertFileRow, updateDocumentRow, type DocumentRow } from './documents.repository.js';
import type { DocumentDetail, FileView, ImportQuery } from './documents.schemas.js';
import { documentAudit, insertDocument, presentDetail, requireNewText } from './documents.service.js';
import { cleanFileName, fileText, recogniseFile, sha256Of, type FileText } from './file-text.js';

export interface Upload {
  fileName: string;
  contentType: string;
  data: Buffer;
}

async function fileRow(ctx: ServiceContext, document: DocumentRow, upload: Upload, type: { contentType: string }, text: FileText) {
  return {
    documentId: document.id,
    fileName: cleanFileName(upload.fileName),
    contentType: type.contentType,
    byteSize: upload.data.byteLength,
    sha256: sha256Of(upload.data),
    data: upload.data,
    textState: text.state,
    extractedText: text.text,
    pageCount: text.pageCount,
    textError: text.error,
    createdBy: userIdOf(ctx.viewer),
  };
}

/**
 * Attaches a file to a document, in PostgreSQL. Its type is checked against its content; the text
 * of a PDF or text file is read (outside the transaction, in a worker thread) and made searchable.
 * With `useText`, that text becomes the document's when the document has none yet.
 */
export async function attachFile(ctx: ServiceContext, documentId: string, upload: Upload, options: { useText: boolean }): Promise<{ file: FileView; document: DocumentDetail }> {
  await ctx.transaction(async (tx, ctx) => requireEdit(ctx.viewer, await findDocumentRow(tx, documentId), 'Document', documentId));
  const type = recogniseFile(upload.fileName, upload.contentType, upload.data);
  const text = await fileText(type, upload.data);
  return ctx.transaction(async (tx, ctx) => {
    const document = requireEdit(ctx.viewer, await findDocumentRow(tx, documentId), 'Document', documentId);
    const row = await insertFileRow(tx, await fileRow(ctx, document, upload, type, text));
    let updated = document;
    if (options.useText && document.text === '' && text.text) {
      const body = tidyText(text.text);
      const hash = contentHash(body);
      await requireNewText(tx, ctx, document.workspaceId, hash, 'file', document.id);
      updated = await updateDocumentRow(tx, document.id, {
        text: body,
        contentHash: hash,
        ...(document.languageSource === 'detected' ? { language: detectLanguage(body).language } : {}),
      });
    }
    await documentAudit.updated(tx, ctx, document, null, { attached: { fileId: row.id, fileName: row.fileName, contentType: row.contentType, byteSize: row.byteSize, sha256: row.sha256 }, textFromFile: updated !== document });
    return { file: presentFile(document.id, row), document: await presentDetail(tx, ctx, updated) };
  });
}

/**
 * A new document from a file (a PDF or text report): its text is read from the file, the file
 * kept with it, and proposals extracted for review. A file without readable text still makes a
 * document, titled by the file's name, whose text can be pasted later.
 */
export async function importDocument(
  ctx: ServiceContext,
  query: ImportQuery,
  upload: Upload,
  options: { origin?: 'upload' | 'ingest'; extract?: boolean; text?: FileText } = {},
): Promise<DocumentDetail> {
  requireCreateIn(ctx.viewer, query.workspaceId);
  const type = recogniseFile(upload.fileName, upload.contentType, upload.data);
  const text = options.text ?? (await fileText(type, upload.data));
  return ctx.transaction(async (tx, ctx) => {
    const fileName = cleanFileName(upload.fileName);
    const row = await insertDocument(tx, ctx, {
      workspaceId: query.workspaceId,
      kind: query.kind,
      title: query.title ?? (text.text ? undefined : fileName.replace(/\.[^.]+$/, '')),
      text: text.text ?? '',
      language: query.language,
      sourceUrl: null,
      publishedOn: query.publishedOn ?? null,
      visibility: query.visibility,
      goodPractice: null,
      links: [],
      extract: options.extract ?? true,
      origin: options.origin ?? 'upload',
    });
    await insertFileRow(tx, await fileRow(ctx, row, upload, type, text));
    return presentDetail(tx, ctx, (await findDocumentRow(tx, row.id))!);
  });
}

export async function readFile(ctx: ServiceContext, documentId: string, fileId: string): Promise<{ fileName: string; contentType: string; data: Buffer; sha256: string }> {
  return ctx.transaction(async (tx, ctx) => {
    requireRead(ctx.viewer, await findDocumentRow(tx, documentId), 'Document', documentId);
    const file = await findFileRow(tx, documentId, fileId);
    if (!file) throw notFound('File', fileId);
    return { fileName: file.fileName, contentType: file.contentType, data: file.data, sha256: file.sha256 };
  });
}

export async function removeFile(ctx: ServiceContext, documentId: string, fileId: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const document = requireEdit(ctx.viewer, await findDocumentRow(tx, documentId), 'Document', documentId);
    const file = await findFileRow(tx, documentId, fileId);
    if (!file) throw notFound('File', fileId);
    await deleteFileRow(tx, fileId);
    await documentAudit.updated(tx, ctx, document, { attached: { fileId, fileName: file.fileName, contentType: file.contentType, byteSize: file.byteSize, sha256: file.sha256 } }, null);
  });
}

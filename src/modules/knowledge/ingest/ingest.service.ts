import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../core/errors.js';
import type { Progress } from '../../../core/progress.js';
import type { ServiceContext } from '../../../core/service-context.js';
import { VISIBILITIES } from '../../../core/records/visibilities.js';
import { contentHash, tidyText } from '../documents/documents.service.js';
import { importDocument } from '../documents/document-files.service.js';
import type { DbExecutor } from '../../../core/db/client.js';
import { findDocumentIdByHash, findDocumentRow } from '../documents/documents.service.js';
import { countPendingProposals } from '../review/review.service.js';
import type { DocumentKind } from '../documents/documents.types.js';
import { fileText, recogniseFile } from '../documents/documents.service.js';
import { contentTypeOf, dateFromFileName, reportFilesIn } from './ingest-files.js';
import type { IngestOutcome, IngestReport } from './ingest-report.js';

export interface IngestOptions {
  folder: string;
  workspace: { id: string; name: string };
  kind: DocumentKind;
  visibility: (typeof VISIBILITIES)[number];
  /** Extract proposals for review from every new document. */
  extract: boolean;
  /** Take the publication date from a date in the file name (2023-11-29-werkstatt.pdf). */
  publishedFromName: boolean;
  /** The largest file taken (bytes). */
  fileLimitBytes: number;
  progress?: Progress;
}

/**
 * One document per report file of a folder (and its subfolders), made as an upload through the
 * web app would be: the file kept, its text read, proposals extracted for review. A text the
 * workspace holds already is skipped, so running it again adds only new files; a file that cannot
 * be read is reported and the others go on.
 */
export async function ingestFolder(ctx: ServiceContext, options: IngestOptions): Promise<IngestReport> {
  const files = await reportFilesIn(options.folder);
  options.progress?.setTotal(files.length);
  const outcomes: IngestOutcome[] = [];
  for (const file of files) {
    const outcome = await ingestFile(ctx, file, options).catch((error: unknown): IngestOutcome => ({ file, status: 'failed', reason: reasonOf(error) }));
    outcomes.push(outcome);
    options.progress?.increment(1, path.basename(file));
  }
  options.progress?.stop();
  return { folder: options.folder, workspace: options.workspace, outcomes };
}

function reasonOf(error: unknown): string {
  if (error instanceof AppError) return error.issues[0]?.message ?? error.message;
  return (error as Error).message;
}

async function ingestFile(ctx: ServiceContext, file: string, options: IngestOptions): Promise<IngestOutcome> {
  const size = (await stat(file)).size;
  if (size === 0) return { file, status: 'failed', reason: 'the file is empty' };
  if (size > options.fileLimitBytes) return { file, status: 'failed', reason: `the file is larger than ${Math.floor(options.fileLimitBytes / 1024 / 1024)} MB` };
  const data = await readFile(file);
  const upload = { fileName: path.basename(file), contentType: contentTypeOf(file), data };
  const text = await fileText(recogniseFile(upload.fileName, upload.contentType, data), data);
  if (!text.text) return { file, status: 'failed', reason: text.error ?? 'the file holds no text' };

  const existing = await documentWithText(ctx, options.workspace.id, text.text);
  if (existing) return { file, status: 'skipped', ...existing };
  try {
    const document = await importDocument(
      ctx,
      {
        workspaceId: options.workspace.id,
        kind: options.kind,
        language: 'auto',
        visibility: options.visibility,
        ...(options.publishedFromName && dateFromFileName(file) ? { publishedOn: dateFromFileName(file)! } : {}),
      },
      upload,
      { origin: 'ingest', extract: options.extract, text },
    );
    return { file, status: 'created', documentId: document.id, title: document.title, proposals: document.pendingProposals };
  } catch (error) {
    // The same text, ingested meanwhile from another file of the batch or by someone else.
    const raced = error instanceof AppError && error.status === 409 ? await documentWithText(ctx, options.workspace.id, text.text) : null;
    if (raced) return { file, status: 'skipped', ...raced };
    throw error;
  }
}

async function documentWithText(ctx: ServiceContext, workspaceId: string, text: string): Promise<{ documentId: string; title: string } | null> {
  const hash = contentHash(tidyText(text));
  if (!hash) return null;
  return ctx.transaction(async (tx) => {
    const id = await findDocumentIdByHash(tx, workspaceId, hash);
    const row = id ? await findDocumentRow(tx, id) : undefined;
    return row ? { documentId: row.id, title: row.title } : null;
  });
}

/** The report with the proposals now waiting for review (extraction runs after the documents are made). */
export async function withProposalCounts(db: DbExecutor, report: IngestReport): Promise<IngestReport> {
  const created = report.outcomes.flatMap((outcome) => (outcome.status === 'created' ? [outcome.documentId] : []));
  const counts = await countPendingProposals(db, created);
  return {
    ...report,
    outcomes: report.outcomes.map((outcome) => (outcome.status === 'created' ? { ...outcome, proposals: counts.get(outcome.documentId) ?? 0 } : outcome)),
  };
}

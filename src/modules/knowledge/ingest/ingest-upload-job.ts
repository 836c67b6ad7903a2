import type { Db } from '../../../core/db/client.js';
import { createServiceContext } from '../../../core/db/viewer-transaction.js';
import { AppError } from '../../../core/errors.js';
import { QUEUES } from '../../../core/jobs/queues.js';
import type { ServiceContext } from '../../../core/service-context.js';
import { deleteJobUpload, findJobUpload, findJobUploadIds } from '../../jobs/jobs.service.js';
import { trackedJob } from '../../jobs/jobs.service.js';
import { rolesOfUser } from '../../workspaces/workspaces.service.js';
import { importDocument } from '../documents/document-files.service.js';
import type { UploadOutcome } from '../documents/documents.schemas.js';
import type { IngestUploadJob } from './ingest-upload.service.js';

/**
 * Makes a document of each uploaded file, one after the other, as a single upload would (the file
 * kept, its text read, proposals queued for extraction). A file already taken in an earlier
 * attempt is not taken twice: each upload is removed in the transaction that made its document.
 */
export function ingestUploadJob(db: Db, options: { fileLimitBytes: number }) {
  return trackedJob<IngestUploadJob>(db, QUEUES.ingestUpload, async (job, progress) => {
    const ids = await findJobUploadIds(db, job.id);
    progress.setTotal(ids.length);
    const ctx = createServiceContext(
      { db, applicationRole: null },
      { kind: 'user', userId: job.data.requester.userId, roles: await rolesOfUser(db, job.data.requester.userId), via: job.data.requester.via },
    );
    const outcomes: UploadOutcome[] = [];
    for (const id of ids) {
      job.signal.throwIfAborted();
      const upload = await findJobUpload(db, id);
      if (!upload) continue;
      outcomes.push(await ingestOne(ctx, job.data, upload, options.fileLimitBytes));
      await deleteJobUpload(db, id);
      progress.increment(1, upload.fileName);
    }
    return { outcomes };
  });
}

async function ingestOne(ctx: ServiceContext, data: IngestUploadJob, upload: { fileName: string; contentType: string; data: Buffer }, limit: number): Promise<UploadOutcome> {
  if (upload.data.byteLength === 0) return { fileName: upload.fileName, status: 'failed', reason: 'empty' };
  if (upload.data.byteLength > limit) return { fileName: upload.fileName, status: 'failed', reason: 'too_large' };
  try {
    const document = await importDocument(ctx, data.query, upload, { origin: 'upload', extract: true });
    return { fileName: upload.fileName, status: 'created', documentId: document.id, title: document.title, textFound: document.text.trim() !== '' };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'document_text_exists') return { fileName: upload.fileName, status: 'skipped', reason: 'duplicate' };
    return { fileName: upload.fileName, status: 'failed', reason: error.kind === 'unsupported_media_type' ? 'unsupported' : 'invalid' };
  }
}

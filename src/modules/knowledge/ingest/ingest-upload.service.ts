import { requireCreateIn, requireWriteAccess } from '../../../core/auth/policy.js';
import type { Viewer } from '../../../core/auth/viewer.js';
import { QUEUES } from '../../../core/jobs/queues.js';
import type { ServiceContext } from '../../../core/service-context.js';
import { insertJobUploads } from '../../jobs/jobs.service.js';
import { presentJob } from '../../jobs/jobs.service.js';
import type { JobView } from '../../jobs/jobs.schemas.js';
import { startTrackedJob } from '../../jobs/jobs.service.js';
import type { Upload } from '../documents/document-files.service.js';
import type { ImportQuery } from '../documents/documents.schemas.js';

export interface IngestUploadJob {
  query: Omit<ImportQuery, 'title'>;
  /** Whose documents these become: the job acts for the person who uploaded them. */
  requester: { userId: string; via: Extract<Viewer, { kind: 'user' }>['via'] };
}

/**
 * Keeps a batch of uploaded reports and queues making documents of them (text read, proposals
 * extracted); answers at once with the job to follow.
 */
export async function startUploadBatch(ctx: ServiceContext, query: ImportQuery, uploads: Upload[]): Promise<JobView> {
  const user = requireWriteAccess(ctx.viewer);
  requireCreateIn(ctx.viewer, query.workspaceId);
  return ctx.transaction(async (tx) => {
    const { title: _title, ...batchQuery } = query;
    const data: IngestUploadJob = { query: batchQuery, requester: { userId: user.userId, via: user.via } };
    const job = await startTrackedJob(tx, { kind: 'ingest_upload', queue: QUEUES.ingestUpload, data, workspaceId: query.workspaceId, requestedBy: user.userId });
    await insertJobUploads(
      tx,
      uploads.map((upload, position) => ({ jobId: job.jobId, position, fileName: upload.fileName, contentType: upload.contentType, data: upload.data })),
    );
    return presentJob({ ...job, total: uploads.length });
  });
}

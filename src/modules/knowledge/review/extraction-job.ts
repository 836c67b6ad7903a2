import type { Db } from '../../../core/db/client.js';
import type { JobHandler } from '../../../core/jobs/job-runner.js';
import { QUEUES } from '../../../core/jobs/queues.js';
import { findDocumentRow, findDocumentRowForUpdate, updateDocumentRow } from '../documents/documents.repository.js';
import { extractOffThread } from '../extraction/extraction-threads.js';
import { writeProposals, type ExtractDocumentJob } from './proposal-writer.js';

/**
 * Extracts a document's proposals on a worker thread and writes them for review. A job that a
 * later request superseded, or whose document is gone, does nothing; the text written is the one
 * extracted, and a text changed meanwhile is marked for extracting again by the review page.
 */
export function extractionJob(db: Db): JobHandler<ExtractDocumentJob> {
  return {
    queue: QUEUES.extractDocument,
    async run(job) {
      const document = await findDocumentRow(db, job.data.documentId);
      if (!document || document.extractionJobId !== job.id) return { skipped: true };
      await updateDocumentRow(db, document.id, { extractionState: 'running' });
      try {
        const extraction = await extractOffThread(document.text, { language: document.language, published: document.publishedOn ?? undefined });
        return await db.transaction(async (tx) => {
          const current = await findDocumentRowForUpdate(tx, document.id);
          if (!current || current.extractionJobId !== job.id) return { skipped: true };
          return writeProposals(tx, { ...current, text: document.text, contentHash: document.contentHash }, extraction);
        });
      } catch (error) {
        await db.transaction(async (tx) => {
          const current = await findDocumentRowForUpdate(tx, document.id);
          if (current?.extractionJobId === job.id) await updateDocumentRow(tx, document.id, { extractionState: job.lastAttempt ? 'failed' : 'queued' });
        });
        throw error;
      }
    },
  };
}

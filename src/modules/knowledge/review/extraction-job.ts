import type { Progress } from '../../../core/progress.js';
import type { Db } from '../../../core/db/client.js';
import type { JobHandler } from '../../../core/jobs/job-runner.js';
import { QUEUES } from '../../../core/jobs/queues.js';
import { findDocumentRow, findDocumentRowForUpdate, findExtractionStates, updateDocumentRow } from '../documents/documents.service.js';
import { extractOffThread } from '../extraction/extraction-text.service.js';
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

/** Waits until the proposals of these documents are written (or extraction failed for good), counting them off. */
export async function extractionsDone(db: Db, documentIds: string[], progress?: Progress): Promise<{ done: number; failed: number }> {
  progress?.setTotal(documentIds.length);
  let finished = 0;
  for (;;) {
    const states = await findExtractionStates(db, documentIds);
    const done = states.filter((state) => state === 'done' || state === 'none').length;
    const failed = states.filter((state) => state === 'failed').length;
    progress?.increment(done + failed - finished);
    finished = done + failed;
    if (finished >= states.length) {
      progress?.stop();
      return { done, failed };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

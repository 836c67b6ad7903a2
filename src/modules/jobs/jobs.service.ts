import { sql } from 'drizzle-orm';
import type { Progress } from '../../core/progress.js';
import { canReviewHistory } from '../../core/auth/policy.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { Db, DbExecutor } from '../../core/db/client.js';
import { notFound } from '../../core/errors.js';
import type { JobHandler, RunningJob } from '../../core/jobs/job-runner.js';
import { sendJob } from '../../core/jobs/job-sender.js';
import type { QUEUES } from '../../core/jobs/queues.js';
import type { ServiceContext } from '../../core/service-context.js';
import { deleteAbandonedUploads, findJobProgress, findLatestInstanceJob, hasLiveOrFinishedJob, insertJobProgress, updateJobProgress, type JobProgressRow } from './jobs.repository.js';
import type { JobKind } from './jobs.tables.js';
import { presentJob } from './jobs.presenter.js';
import type { JobView } from './jobs.schemas.js';

type Queue = (typeof QUEUES)[keyof typeof QUEUES];

export interface TrackedJobRequest {
  kind: JobKind;
  queue: Queue;
  data: object;
  workspaceId: string | null;
  requestedBy: string | null;
}

/** Queues work whose progress people follow, in the caller's transaction. */
export async function startTrackedJob(tx: DbExecutor, request: TrackedJobRequest): Promise<JobProgressRow> {
  const jobId = await sendJob(tx, request.queue, request.data);
  if (!jobId) throw new Error(`the queue ${request.queue.name} refused the job`);
  return insertJobProgress(tx, { jobId, kind: request.kind, workspaceId: request.workspaceId, requestedBy: request.requestedBy });
}

/** Queues the job unless one of its kind waits, runs or has finished already. */
export async function startTrackedJobOnce(db: Db, request: TrackedJobRequest): Promise<JobProgressRow | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`job:${request.kind}`}, 0))`);
    if (await hasLiveOrFinishedJob(tx, request.kind)) return null;
    return startTrackedJob(tx, request);
  });
}

const REPORT_EVERY_MS = 250;

/** A progress bar kept in the database: the UI polls it. Writes at most four times a second. */
function databaseProgress(db: Db, jobId: string): Progress & { flush(): Promise<void> } {
  let done = 0;
  let total: number | null = null;
  let lastWrite = 0;
  let writing: Promise<void> = Promise.resolve();
  const write = () => {
    lastWrite = Date.now();
    const values = { done, total };
    writing = writing.then(() => updateJobProgress(db, jobId, values)).catch(() => {});
  };
  return {
    setTotal(value) {
      total = value;
      write();
    },
    increment(step = 1) {
      done += step;
      if (Date.now() - lastWrite >= REPORT_EVERY_MS) write();
    },
    stop() {
      write();
    },
    async flush() {
      write();
      await writing;
    },
  };
}

/**
 * A job handler that keeps its progress row up to date: running, the counts as it goes, then done
 * with its result, or failed once no retry is left (with a code the UI translates).
 */
export function trackedJob<Data>(db: Db, queue: Queue, work: (job: RunningJob<Data>, progress: Progress) => Promise<Record<string, unknown>>): JobHandler<Data> {
  return {
    queue,
    async run(job) {
      await updateJobProgress(db, job.id, { state: 'running', errorCode: null });
      const progress = databaseProgress(db, job.id);
      try {
        const result = await work(job, progress);
        await progress.flush();
        await updateJobProgress(db, job.id, { state: 'done', result });
        return result;
      } catch (error) {
        await progress.flush();
        await updateJobProgress(db, job.id, { state: job.lastAttempt ? 'failed' : 'queued', errorCode: 'job_failed' });
        throw error;
      }
    },
  };
}

function mayFollow(viewer: Viewer, row: JobProgressRow): boolean {
  if (viewer.kind === 'system') return true;
  if (viewer.kind !== 'user') return false;
  if (row.requestedBy === viewer.userId) return true;
  return row.workspaceId === null || canReviewHistory(viewer, row.workspaceId);
}

/** A job's state and progress, for the one who started it, the workspace's coordinators, or (work on the whole installation) anyone signed in. */
export async function getJob(ctx: ServiceContext, jobId: string): Promise<JobView> {
  return ctx.transaction(async (tx) => {
    const row = await findJobProgress(tx, jobId);
    if (!row || !mayFollow(ctx.viewer, row)) throw notFound('Job', jobId);
    return presentJob(row);
  });
}

/** The loading of the world gazetteer, if it was ever started. */
export async function getGazetteerJob(ctx: ServiceContext): Promise<JobView | null> {
  return ctx.transaction(async (tx) => {
    const row = await findLatestInstanceJob(tx, 'load_gazetteer');
    return row && mayFollow(ctx.viewer, row) ? presentJob(row) : null;
  });
}

/** Housekeeping: the files of batches that failed for good a day ago or more. */
export const removeAbandonedUploads = (db: Db) => deleteAbandonedUploads(db);

/** The files of an uploaded batch kept for its job, and a job as the API shows it. */
export { deleteJobUpload, findJobUpload, findJobUploadIds, insertJobUploads } from './jobs.repository.js';
export { presentJob } from './jobs.presenter.js';

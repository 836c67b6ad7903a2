import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../core/db/client.js';
import { jobProgress, jobUploads, type JobKind } from './jobs.tables.js';
import { findRowWhere, insertRow, rowsOf } from '../../core/db/rows.js';

export type JobProgressRow = typeof jobProgress.$inferSelect;
export type JobProgressInsert = typeof jobProgress.$inferInsert;
export type JobUploadInsert = typeof jobUploads.$inferInsert;
export type JobUploadRow = typeof jobUploads.$inferSelect;

export const insertJobProgress = (db: DbExecutor, values: JobProgressInsert): Promise<JobProgressRow> => insertRow(db, jobProgress, values);

export async function updateJobProgress(db: DbExecutor, jobId: string, values: Partial<JobProgressInsert>): Promise<void> {
  await db
    .update(jobProgress)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(jobProgress.jobId, jobId));
}

export const findJobProgress = (db: DbExecutor, jobId: string): Promise<JobProgressRow | undefined> => findRowWhere(db, jobProgress, eq(jobProgress.jobId, jobId));

/** The most recent job of a kind that concerns the whole installation. */
export async function findLatestInstanceJob(db: DbExecutor, kind: JobKind): Promise<JobProgressRow | undefined> {
  const [row] = await db
    .select()
    .from(jobProgress)
    .where(and(eq(jobProgress.kind, kind), sql`${jobProgress.workspaceId} IS NULL`))
    .orderBy(desc(jobProgress.createdAt))
    .limit(1);
  return row;
}

export async function hasLiveOrFinishedJob(db: DbExecutor, kind: JobKind): Promise<boolean> {
  const [row] = await db
    .select({ jobId: jobProgress.jobId })
    .from(jobProgress)
    .where(and(eq(jobProgress.kind, kind), inArray(jobProgress.state, ['queued', 'running', 'done'])))
    .limit(1);
  return row !== undefined;
}

export async function insertJobUploads(db: DbExecutor, rows: JobUploadInsert[]): Promise<void> {
  if (rows.length > 0) await db.insert(jobUploads).values(rows);
}

export async function findJobUploadIds(db: DbExecutor, jobId: string): Promise<string[]> {
  const rows = await db.select({ id: jobUploads.id }).from(jobUploads).where(eq(jobUploads.jobId, jobId)).orderBy(asc(jobUploads.position));
  return rows.map((row) => row.id);
}

export const { find: findJobUpload, remove: deleteJobUpload } = rowsOf(jobUploads);

/** Files of batches that failed for good more than a day ago: nobody will take them any more. */
export async function deleteAbandonedUploads(db: DbExecutor): Promise<void> {
  await db.execute(
    sql`DELETE FROM ${jobUploads} WHERE ${jobUploads.jobId} IN (SELECT ${jobProgress.jobId} FROM ${jobProgress} WHERE ${jobProgress.state} = 'failed' AND ${jobProgress.updatedAt} < now() - interval '1 day')`,
  );
}

import { lt, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client.js';
import type { JobHandler } from '../../core/jobs/job-runner.js';
import { QUEUES } from '../../core/jobs/queues.js';
import { removeExpiredAccountData } from '../accounts/account-cleanup.service.js';
import { removeAbandonedUploads } from '../jobs/jobs.service.js';
import { rateLimitCounters } from './instance.tables.js';

/** Removes what has no further use. Safe to run on several app servers at once. */
export async function removeExpiredData(db: Db): Promise<void> {
  await removeExpiredAccountData(db);
  await removeAbandonedUploads(db);
  await db.delete(rateLimitCounters).where(lt(rateLimitCounters.windowEndsAt, sql`now() - interval '1 hour'`));
}

/** Runs every hour, once across all app servers. */
export function housekeepingJob(db: Db): JobHandler {
  return { queue: QUEUES.housekeeping, run: () => removeExpiredData(db) };
}

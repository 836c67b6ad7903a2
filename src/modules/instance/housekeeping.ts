import { lt, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client.js';
import type { Logger } from '../../core/logger.js';
import { removeExpiredAccountData } from '../accounts/account-cleanup.service.js';
import { rateLimitCounters } from './instance.tables.js';

/** Removes what has no further use. Safe to run on several app servers at once. */
export async function removeExpiredData(db: Db): Promise<void> {
  await removeExpiredAccountData(db);
  await db.delete(rateLimitCounters).where(lt(rateLimitCounters.windowEndsAt, sql`now() - interval '1 hour'`));
}

export function startHousekeeping(db: Db, logger: Logger, intervalMs = 60 * 60 * 1000): { stop(): void } {
  const run = () => removeExpiredData(db).catch((error: unknown) => logger.warn({ err: error }, 'housekeeping failed; it will run again'));
  void run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

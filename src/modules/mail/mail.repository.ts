import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../core/db/client.js';
import { mailOutbox } from './mail.tables.js';

export type OutboxRow = typeof mailOutbox.$inferSelect;

export async function insertMail(db: DbExecutor, mail: { recipient: string; subject: string; text: string }): Promise<void> {
  await db.insert(mailOutbox).values(mail);
}

/** Claims pending mails for delivery; other app servers skip the claimed rows. */
export async function claimPendingMails(db: DbExecutor, limit: number, maxAttempts: number): Promise<OutboxRow[]> {
  return db
    .select()
    .from(mailOutbox)
    .where(and(isNull(mailOutbox.sentAt), lt(mailOutbox.attempts, maxAttempts)))
    .orderBy(asc(mailOutbox.id))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function markSent(db: DbExecutor, id: number): Promise<void> {
  await db.update(mailOutbox).set({ sentAt: sql`now()`, attempts: sql`${mailOutbox.attempts} + 1`, lastError: null }).where(eq(mailOutbox.id, id));
}

export async function markFailed(db: DbExecutor, id: number, error: string): Promise<void> {
  await db.update(mailOutbox).set({ attempts: sql`${mailOutbox.attempts} + 1`, lastError: error.slice(0, 1000) }).where(eq(mailOutbox.id, id));
}

export async function listOutbox(db: DbExecutor, options: { pendingOnly: boolean; limit: number }): Promise<OutboxRow[]> {
  return db
    .select()
    .from(mailOutbox)
    .where(options.pendingOnly ? isNull(mailOutbox.sentAt) : undefined)
    .orderBy(asc(mailOutbox.id))
    .limit(options.limit);
}

import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../core/db/client.js';
import { oneTimeTokens, type OneTimeTokenPurpose } from './accounts.tables.js';

export type OneTimeTokenRow = typeof oneTimeTokens.$inferSelect;

export async function insertOneTimeToken(db: DbExecutor, token: typeof oneTimeTokens.$inferInsert): Promise<void> {
  await db.insert(oneTimeTokens).values(token);
}

/**
 * Marks a token used and returns it, if it exists, has this purpose, is unused and unexpired.
 * Marking and checking happen in one statement, so a token cannot be used twice concurrently.
 */
export async function consumeOneTimeToken(
  db: DbExecutor,
  tokenHash: string,
  purpose: OneTimeTokenPurpose,
): Promise<OneTimeTokenRow | undefined> {
  const [row] = await db
    .update(oneTimeTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(oneTimeTokens.tokenHash, tokenHash),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, sql`now()`),
      ),
    )
    .returning();
  return row;
}

/** Earlier unused links of the same kind stop working when a new one is sent. */
export async function voidOpenTokens(db: DbExecutor, userId: string, purpose: OneTimeTokenPurpose): Promise<void> {
  await db
    .update(oneTimeTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt)));
}

export async function deleteStaleOneTimeTokens(db: DbExecutor): Promise<void> {
  await db.delete(oneTimeTokens).where(lt(sql`coalesce(${oneTimeTokens.usedAt}, ${oneTimeTokens.expiresAt})`, sql`now() - interval '30 days'`));
}

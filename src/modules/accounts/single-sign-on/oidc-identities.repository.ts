import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../../core/db/client.js';
import { oidcIdentities } from '../accounts.tables.js';

export async function findLinkedUserId(db: DbExecutor, issuer: string, subject: string): Promise<string | undefined> {
  const [link] = await db
    .select({ userId: oidcIdentities.userId })
    .from(oidcIdentities)
    .where(and(eq(oidcIdentities.issuer, issuer), eq(oidcIdentities.subject, subject)));
  return link?.userId;
}

export async function linkIdentity(db: DbExecutor, issuer: string, subject: string, userId: string): Promise<void> {
  await db.insert(oidcIdentities).values({ issuer, subject, userId });
}

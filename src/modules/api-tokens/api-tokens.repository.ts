import { and, desc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { WorkspaceRole } from '../../core/auth/viewer.js';
import type { DbExecutor } from '../../core/db/client.js';
import { qualifiedColumn } from '../../core/db/columns.js';
import { preparedPerDatabase } from '../../core/db/prepared.js';
import { userIsEnabledSql } from '../accounts/users.service.js';
import { rolesOfUserSql } from '../workspaces/workspaces.service.js';
import { apiTokens } from './api-tokens.tables.js';
import { findRowsWhere, insertRow } from '../../core/db/rows.js';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

const tokenIdentityByHash = preparedPerDatabase((db: DbExecutor) =>
  db
    .select({ id: apiTokens.id, userId: apiTokens.userId, scope: apiTokens.scope, lastUsedAt: apiTokens.lastUsedAt, expiresAt: apiTokens.expiresAt, roles: rolesOfUserSql(qualifiedColumn(apiTokens.userId)) })
    .from(apiTokens)
    .where(
      and(
        eq(apiTokens.tokenHash, sql.placeholder('tokenHash')),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, sql`now()`)),
        userIsEnabledSql(qualifiedColumn(apiTokens.userId)),
      ),
    )
    .prepare('api_token_identity_by_hash'),
);

/** A usable token of an enabled user by its hash, with the user's roles: one prepared statement per authenticated request. */
export async function findTokenIdentityByHash(
  db: DbExecutor,
  tokenHash: string,
): Promise<{ id: string; userId: string; scope: ApiTokenRow['scope']; lastUsedAt: Date | null; expiresAt: Date | null; roles: Record<string, WorkspaceRole> } | undefined> {
  const [row] = await tokenIdentityByHash(db).execute({ tokenHash });
  return row;
}

/** Last use is kept to the minute, so busy scripts do not write on every request. */
export async function touchToken(db: DbExecutor, id: string): Promise<void> {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - interval '1 minute'`))));
}

export const insertToken = (db: DbExecutor, token: typeof apiTokens.$inferInsert): Promise<ApiTokenRow> => insertRow(db, apiTokens, token);

export function tokensOfUser(db: DbExecutor, userId: string): Promise<ApiTokenRow[]> {
  return findRowsWhere(db, apiTokens, eq(apiTokens.userId, userId), desc(apiTokens.createdAt));
}

export async function revokeTokenOfUser(db: DbExecutor, id: string, userId: string): Promise<ApiTokenRow | undefined> {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning();
  return row;
}

import { requireSessionUser } from '../../core/auth/policy.js';
import { generateSecretToken, hashSecretToken } from '../../core/auth/secret-token.js';
import type { WorkspaceRole } from '../../core/auth/viewer.js';
import type { Db } from '../../core/db/client.js';
import { notFound } from '../../core/errors.js';
import { insideTransaction, type ServiceContext } from '../../core/service-context.js';
import { rolesFromJson } from '../workspaces/workspaces.service.js';
import { partAuditTrail } from '../audit/audit.service.js';
import { presentApiToken } from './api-tokens.presenter.js';
import { findTokenIdentityByHash, insertToken, revokeTokenOfUser, tokensOfUser, touchToken } from './api-tokens.repository.js';
import type { ApiTokenCreate, ApiTokenView } from './api-tokens.schemas.js';
import type { TokenScope } from './api-tokens.types.js';

const apiTokenAudit = partAuditTrail('api_token');

export async function listTokens(db: Db, ctx: ServiceContext): Promise<{ items: ApiTokenView[] }> {
  const viewer = requireSessionUser(ctx.viewer);
  return { items: (await tokensOfUser(db, viewer.userId)).map(presentApiToken) };
}

/** The token is returned once; only its hash is kept. */
export async function createToken(
  db: Db,
  ctx: ServiceContext,
  input: ApiTokenCreate,
): Promise<ApiTokenView & { token: string }> {
  const viewer = requireSessionUser(ctx.viewer);
  const token = generateSecretToken('sdt');
  return db.transaction(async (tx) => {
    const row = await insertToken(tx, {
      userId: viewer.userId,
      name: input.name,
      scope: input.scope,
      tokenHash: hashSecretToken(token),
      prefix: token.slice(0, 10),
      expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 24 * 3600 * 1000) : null,
    });
    await apiTokenAudit.created(tx, insideTransaction(ctx, tx), { workspaceId: null, id: row.id, label: row.name }, { name: row.name, scope: row.scope, expiresAt: row.expiresAt });
    return { ...presentApiToken(row), token };
  });
}

export async function revokeToken(db: Db, ctx: ServiceContext, id: string): Promise<void> {
  const viewer = requireSessionUser(ctx.viewer);
  await db.transaction(async (tx) => {
    const row = await revokeTokenOfUser(tx, id, viewer.userId);
    if (!row) throw notFound('API token', id);
    await apiTokenAudit.deleted(tx, insideTransaction(ctx, tx), { workspaceId: null, id, label: row.name }, { name: row.name, scope: row.scope });
  });
}

/** The active token with this hash for authenticating a request, its last use kept to the minute. */
export async function useApiToken(
  db: Db,
  tokenHash: string,
): Promise<{ id: string; userId: string; scope: TokenScope; roles: Map<string, WorkspaceRole>; expiresAt: Date | null } | undefined> {
  const token = await findTokenIdentityByHash(db, tokenHash);
  if (!token) return undefined;
  // A busy script does not write on every request.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) await touchToken(db, token.id);
  return { id: token.id, userId: token.userId, scope: token.scope, roles: rolesFromJson(token.roles), expiresAt: token.expiresAt };
}

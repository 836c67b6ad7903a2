import type { ApiTokenRow } from './api-tokens.repository.js';
import type { ApiTokenView } from './api-tokens.schemas.js';

/** A token as its owner sees it: never the secret or its hash. */
export const presentApiToken = (row: ApiTokenRow): ApiTokenView => ({
  id: row.id,
  name: row.name,
  scope: row.scope,
  prefix: row.prefix,
  createdAt: row.createdAt,
  lastUsedAt: row.lastUsedAt,
  expiresAt: row.expiresAt,
  revokedAt: row.revokedAt,
});

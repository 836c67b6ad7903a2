import { pickFields } from '../../core/records/pick-fields.js';
import type { ApiTokenRow } from './api-tokens.repository.js';
import type { ApiTokenView } from './api-tokens.schemas.js';

/** A token as its owner sees it: never the secret or its hash. */
export const presentApiToken = (row: ApiTokenRow): ApiTokenView => ({
  ...pickFields(row, ['id', 'name', 'scope', 'prefix', 'createdAt', 'lastUsedAt', 'expiresAt', 'revokedAt']),
});

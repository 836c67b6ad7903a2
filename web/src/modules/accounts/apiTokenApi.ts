import { api, dataOf } from '../../lib/api/client';
import type { DraftOf, ResponseOf } from '../../lib/api/contract';

export type ApiToken = ResponseOf<'/api/me/tokens'>['items'][number];
export type TokenScope = ApiToken['scope'];
/** The answer to creating a token: the only time the token itself is sent. */
export type CreatedApiToken = ResponseOf<'/api/me/tokens', 'post'>;

export const apiTokenKeys = {
  /** The account's token list, refreshed after creating or revoking one. */
  list: ['me', 'tokens'] as const,
};

export const apiTokenApi = {
  list: (signal?: AbortSignal) => dataOf(api.GET('/api/me/tokens', { signal })),
  create: (body: DraftOf<'/api/me/tokens', 'post'>) => dataOf(api.POST('/api/me/tokens', { body })),
  revoke: (id: string) => dataOf(api.DELETE('/api/me/tokens/{id}', { params: { path: { id } } })),
};

/** The cache key of the account's token list, refreshed after creating or revoking one. */
export const apiTokensQueryKey = ['me', 'tokens'] as const;

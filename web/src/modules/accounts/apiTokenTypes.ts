export type TokenScope = 'read' | 'write';

export interface ApiToken {
  id: string;
  name: string;
  scope: TokenScope;
  /** The first characters of the token, to tell tokens apart; never the secret. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

/** The answer to creating a token: the only time the token itself is sent. */
export interface CreatedApiToken extends ApiToken {
  token: string;
}

import { generateSecretToken, hashSecretToken } from '../../core/auth/secret-token.js';
import type { DbExecutor } from '../../core/db/client.js';
import { invalidField } from '../../core/errors.js';
import type { OneTimeTokenPurpose } from './accounts.tables.js';
import { consumeOneTimeToken, insertOneTimeToken, voidOpenTokens, type OneTimeTokenRow } from './one-time-tokens.repository.js';

/** Issues a single-use link token, voiding earlier open ones of the same kind. */
export async function issueOneTimeToken(
  tx: DbExecutor,
  userId: string,
  purpose: OneTimeTokenPurpose,
  hours: number,
  email?: string,
): Promise<string> {
  await voidOpenTokens(tx, userId, purpose);
  const token = generateSecretToken(purpose === 'verify_email' ? 'sdv' : 'sdr');
  await insertOneTimeToken(tx, {
    userId,
    purpose,
    tokenHash: hashSecretToken(token),
    email: email ?? null,
    expiresAt: new Date(Date.now() + hours * 3600 * 1000),
  });
  return token;
}

export async function redeemOneTimeToken(tx: DbExecutor, token: string, purpose: OneTimeTokenPurpose): Promise<OneTimeTokenRow> {
  const row = await consumeOneTimeToken(tx, hashSecretToken(token), purpose);
  if (!row) throw invalidField('body.token', 'link_invalid', 'is unknown, expired or already used; request a new link');
  return row;
}

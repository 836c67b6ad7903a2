import { unauthorized } from '../../core/errors.js';
import type { AccountsDeps, ClientInfo } from './accounts-deps.js';
import { spendPasswordCheck, verifyPassword } from './passwords.js';
import { endSession, startSession } from './sessions.service.js';
import { findUserByEmail, type UserRow } from './users.repository.js';

const WRONG_CREDENTIALS = 'The e-mail address or the password is wrong';

/**
 * Checks the password and starts a fresh session. A session the browser had before is ended,
 * so a session id planted before sign-in is worthless after it.
 */
export async function signIn(
  deps: AccountsDeps,
  input: { email: string; password: string },
  client: ClientInfo,
  previousSessionToken: string | undefined,
): Promise<{ user: UserRow; sessionToken: string }> {
  const user = await findUserByEmail(deps.db, input.email);
  if (!user?.passwordHash) {
    await spendPasswordCheck(input.password);
    throw unauthorized(WRONG_CREDENTIALS);
  }
  if (!(await verifyPassword(user.passwordHash, input.password)) || user.disabledAt) throw unauthorized(WRONG_CREDENTIALS);
  const sessionToken = await deps.db.transaction(async (tx) => {
    if (previousSessionToken) await endSession(tx, previousSessionToken);
    return startSession(tx, user.id, client);
  });
  return { user, sessionToken };
}

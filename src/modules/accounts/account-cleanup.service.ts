import type { Db } from '../../core/db/client.js';
import { deleteStaleOneTimeTokens } from './one-time-tokens.repository.js';
import { deleteExpiredSessions } from './sessions.repository.js';

/** Removes expired sessions and e-mail link tokens used or expired a month ago. */
export async function removeExpiredAccountData(db: Db): Promise<void> {
  await deleteExpiredSessions(db);
  await deleteStaleOneTimeTokens(db);
}

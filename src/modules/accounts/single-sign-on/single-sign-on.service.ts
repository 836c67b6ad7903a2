import type { DbExecutor } from '../../../core/db/client.js';
import { actingAs, userAudit } from '../account-context.js';
import type { AccountsDeps, ClientInfo } from '../accounts-deps.js';
import { startSession } from '../sessions.service.js';
import { findLinkedUserId, linkIdentity } from './oidc-identities.repository.js';
import { findUserByEmail, findUserById, insertUser, updateUser, type UserRow } from '../users.repository.js';

export interface SignOnIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

export type SignOnOutcome =
  | { kind: 'signed-in'; user: UserRow; sessionToken: string }
  | { kind: 'no-account' }
  /** The provider did not confirm the address, and an account with it exists: sign in with the password instead. */
  | { kind: 'address-taken' };

async function linkedUser(tx: DbExecutor, identity: SignOnIdentity): Promise<UserRow | undefined> {
  const userId = await findLinkedUserId(tx, identity.issuer, identity.subject);
  return userId ? findUserById(tx, userId) : undefined;
}

/**
 * Signs in the person the provider vouched for: an account linked before, else the account
 * with the same address when the provider confirmed that address, else a new account when
 * sign-up is open.
 */
export async function signOn(deps: AccountsDeps, identity: SignOnIdentity, client: ClientInfo, requestId: string | null): Promise<SignOnOutcome> {
  return deps.db.transaction(async (tx): Promise<SignOnOutcome> => {
    let user = await linkedUser(tx, identity);
    if (!user && identity.email && identity.emailVerified) {
      user = await findUserByEmail(tx, identity.email);
      if (user) {
        await linkIdentity(tx, identity.issuer, identity.subject, user.id);
        if (!user.emailVerifiedAt) user = await updateUser(tx, user.id, { emailVerifiedAt: new Date() });
      }
    }
    if (!user) {
      if (!deps.signUpOpen || !identity.email) return { kind: 'no-account' };
      if (await findUserByEmail(tx, identity.email)) return { kind: 'address-taken' };
      user = await insertUser(tx, {
        email: identity.email,
        displayName: identity.name ?? identity.email.split('@')[0]!,
        emailVerifiedAt: identity.emailVerified ? new Date() : null,
      });
      await linkIdentity(tx, identity.issuer, identity.subject, user.id);
      await userAudit.created(tx, actingAs(user.id, tx, requestId), user, { email: user.email, displayName: user.displayName, signOn: identity.issuer });
    }
    if (user.disabledAt) return { kind: 'no-account' };
    return { kind: 'signed-in', user, sessionToken: await startSession(tx, user.id, client) };
  });
}

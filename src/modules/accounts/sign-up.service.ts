import { forbidden, validationFailed } from '../../core/errors.js';
import { queueMail } from '../mail/mail.service.js';
import { acceptInvitation, previewInvitation } from '../workspaces/invitations.service.js';
import { actingAs, userAudit } from './account-context.js';
import type { AccountsDeps, ClientInfo } from './accounts-deps.js';
import { VERIFY_EMAIL_HOURS, verificationMail } from './account-mails.js';
import { issueOneTimeToken } from './one-time-tokens.service.js';
import { hashPassword, passwordProblem } from './passwords.js';
import { startSession } from './sessions.service.js';
import { findUserByEmail, insertUser, type UserRow } from './users.repository.js';
import type { UiLanguage } from './users.tables.js';
import { accountConflict } from './accounts.errors.js';

export interface SignUpInput {
  email: string;
  password: string;
  displayName: string;
  language: UiLanguage;
  /** Signing up through an invitation works even when open sign-up is disabled. */
  invitationToken?: string;
}

export const verificationLink = (publicUrl: string, token: string) => `${publicUrl}/verify-email/${encodeURIComponent(token)}`;

export async function signUp(
  deps: AccountsDeps,
  input: SignUpInput,
  client: ClientInfo,
  requestId: string | null,
): Promise<{ user: UserRow; sessionToken: string }> {
  const invitation = input.invitationToken ? await previewInvitation(deps, input.invitationToken) : undefined;
  if (!deps.signUpOpen && !invitation) throw forbidden('Sign-up is closed on this installation; ask a workspace owner for an invitation');
  const problem = passwordProblem('body.password', input.password, { email: input.email, name: input.displayName });
  if (problem) throw validationFailed([problem]);
  const passwordHash = await hashPassword(input.password);
  // Following an invitation sent to this very address proves the address.
  const addressProven = invitation?.email?.toLowerCase() === input.email.toLowerCase();

  const result = await deps.db.transaction(async (tx) => {
    if (await findUserByEmail(tx, input.email)) {
      throw accountConflict('email_taken', 'An account with this e-mail address exists already', {}, [
        { field: 'body.email', code: 'email_taken', message: 'belongs to an existing account; sign in or reset the password' },
      ]);
    }
    const user = await insertUser(tx, {
      email: input.email,
      displayName: input.displayName,
      language: input.language,
      passwordHash,
      emailVerifiedAt: addressProven ? new Date() : null,
    });
    const ctx = actingAs(user.id, tx, requestId);
    await userAudit.created(tx, ctx, user, { email: user.email, displayName: user.displayName, language: user.language });
    if (!addressProven) {
      const token = await issueOneTimeToken(tx, user.id, 'verify_email', VERIFY_EMAIL_HOURS, user.email);
      await queueMail(tx, verificationMail(user.language, user.email, user.displayName, verificationLink(deps.publicUrl, token)));
    }
    if (input.invitationToken) await acceptInvitation(deps, ctx, input.invitationToken, tx);
    const sessionToken = await startSession(tx, user.id, client);
    return { user, sessionToken };
  });
  deps.mailQueued();
  return result;
}

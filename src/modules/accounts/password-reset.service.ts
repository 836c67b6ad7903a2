import { validationFailed } from '../../core/errors.js';
import { queueMail } from '../mail/mail.service.js';
import { actingAs, userAudit } from './account-context.js';
import type { AccountsDeps } from './accounts-deps.js';
import { RESET_PASSWORD_HOURS, passwordResetMail } from './account-mails.js';
import { issueOneTimeToken, redeemOneTimeToken } from './one-time-tokens.service.js';
import { hashPassword, passwordProblem } from './passwords.js';
import { endAllSessions } from './sessions.service.js';
import { findUserByEmail, findUserById, updateUser } from './users.repository.js';

const resetLink = (publicUrl: string, token: string) => `${publicUrl}/reset-password/${encodeURIComponent(token)}`;

/** Sends a reset link if the address has an account; the answer is the same either way. */
export async function requestPasswordReset(deps: AccountsDeps, email: string): Promise<void> {
  const user = await findUserByEmail(deps.db, email);
  if (!user || user.disabledAt) return;
  await deps.db.transaction(async (tx) => {
    const token = await issueOneTimeToken(tx, user.id, 'reset_password', RESET_PASSWORD_HOURS);
    await queueMail(tx, passwordResetMail(user.language, user.email, user.displayName, resetLink(deps.publicUrl, token)));
  });
  deps.mailQueued();
}

/** Sets the new password and signs the account out everywhere. */
export async function confirmPasswordReset(deps: AccountsDeps, token: string, password: string, requestId: string | null): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const redeemed = await redeemOneTimeToken(tx, token, 'reset_password');
    const user = (await findUserById(tx, redeemed.userId))!;
    const problem = passwordProblem('body.password', password, { email: user.email, name: user.displayName });
    if (problem) throw validationFailed([problem]);
    await updateUser(tx, user.id, { passwordHash: await hashPassword(password), emailVerifiedAt: user.emailVerifiedAt ?? new Date() });
    await endAllSessions(tx, user.id);
    await userAudit.updated(tx, actingAs(user.id, tx, requestId), user, null, { password: 'reset by e-mail link' });
  });
}

import { requireSessionUser, requireSignedIn } from '../../core/auth/policy.js';
import { invalidField, unauthorized, validationFailed } from '../../core/errors.js';
import { insideTransaction, type ServiceContext } from '../../core/service-context.js';
import { queueMail } from '../mail/mail.service.js';
import type { AccountsDeps } from './accounts-deps.js';
import { VERIFY_EMAIL_HOURS, verificationMail } from './account-mails.js';
import { issueOneTimeToken } from './one-time-tokens.service.js';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { endAllSessions } from './sessions.service.js';
import { verificationLink } from './sign-up.service.js';
import { findUserByEmail, findUserById, updateUser, type UserRow } from './users.repository.js';
import type { UiLanguage } from './users.tables.js';
import { accountConflict } from './accounts.errors.js';
import { userAudit } from './account-context.js';

export async function currentUser(deps: AccountsDeps, ctx: ServiceContext): Promise<UserRow> {
  const viewer = requireSignedIn(ctx.viewer);
  const user = await findUserById(deps.db, viewer.userId);
  if (!user) throw unauthorized();
  return user;
}

const profileOf = (user: UserRow) => ({ email: user.email, displayName: user.displayName, language: user.language });

/** Name and language change at once; a new e-mail address must be confirmed again. */
export async function updateProfile(
  deps: AccountsDeps,
  ctx: ServiceContext,
  changes: { displayName?: string; language?: UiLanguage; email?: string },
): Promise<UserRow> {
  requireSessionUser(ctx.viewer);
  const before = await currentUser(deps, ctx);
  const emailChanges = changes.email !== undefined && changes.email.toLowerCase() !== before.email.toLowerCase();
  const after = await deps.db.transaction(async (tx) => {
    if (emailChanges && (await findUserByEmail(tx, changes.email!))) {
      throw accountConflict('email_used_by_other', 'This e-mail address belongs to another account', {}, [{ field: 'body.email', code: 'email_used_by_other', message: 'is used by another account' }]);
    }
    const updated = await updateUser(tx, before.id, {
      displayName: changes.displayName,
      language: changes.language,
      ...(emailChanges ? { email: changes.email, emailVerifiedAt: null } : {}),
    });
    if (emailChanges) {
      const token = await issueOneTimeToken(tx, updated.id, 'verify_email', VERIFY_EMAIL_HOURS, updated.email);
      await queueMail(tx, verificationMail(updated.language, updated.email, updated.displayName, verificationLink(deps.publicUrl, token)));
    }
    await userAudit.updated(tx, insideTransaction(ctx, tx), updated, profileOf(before), profileOf(updated));
    return updated;
  });
  if (emailChanges) deps.mailQueued();
  return after;
}

/** Needs the current password (if the account has one); other sessions are signed out. */
export async function changePassword(
  deps: AccountsDeps,
  ctx: ServiceContext,
  input: { currentPassword?: string; newPassword: string },
): Promise<void> {
  requireSessionUser(ctx.viewer);
  const user = await currentUser(deps, ctx);
  if (user.passwordHash && !(input.currentPassword && (await verifyPassword(user.passwordHash, input.currentPassword)))) {
    throw invalidField('body.currentPassword', 'password_wrong', 'is not your current password');
  }
  const problem = passwordProblem('body.newPassword', input.newPassword, { email: user.email, name: user.displayName });
  if (problem) throw validationFailed([problem]);
  const viewer = requireSignedIn(ctx.viewer);
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { passwordHash });
    await endAllSessions(tx, user.id, viewer.via.kind === 'session' ? viewer.via.sessionId : undefined);
    await userAudit.updated(tx, insideTransaction(ctx, tx), user, null, { password: 'changed' });
  });
}

export async function signOutEverywhere(deps: AccountsDeps, ctx: ServiceContext): Promise<number> {
  const viewer = requireSessionUser(ctx.viewer);
  return endAllSessions(deps.db, viewer.userId);
}

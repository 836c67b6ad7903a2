import { requireSessionUser } from '../../core/auth/policy.js';
import { invalidField } from '../../core/errors.js';
import type { ServiceContext } from '../../core/service-context.js';
import { queueMail } from '../mail/mail.service.js';
import { actingAs, userAudit } from './account-context.js';
import type { AccountsDeps } from './accounts-deps.js';
import { VERIFY_EMAIL_HOURS, verificationMail } from './account-mails.js';
import { issueOneTimeToken, redeemOneTimeToken } from './one-time-tokens.service.js';
import { verificationLink } from './sign-up.service.js';
import { findUserById, updateUser } from './users.repository.js';
import { accountConflict } from './accounts.errors.js';

export async function verifyEmail(deps: AccountsDeps, token: string, requestId: string | null): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const redeemed = await redeemOneTimeToken(tx, token, 'verify_email');
    const user = (await findUserById(tx, redeemed.userId))!;
    if (redeemed.email?.toLowerCase() !== user.email.toLowerCase()) {
      throw invalidField('body.token', 'link_for_old_address', 'was sent to an address the account no longer uses');
    }
    await updateUser(tx, user.id, { emailVerifiedAt: new Date() });
    await userAudit.updated(tx, actingAs(user.id, tx, requestId), user, null, { emailVerified: user.email });
  });
}

export async function resendVerification(deps: AccountsDeps, ctx: ServiceContext): Promise<void> {
  const viewer = requireSessionUser(ctx.viewer);
  const user = (await findUserById(deps.db, viewer.userId))!;
  if (user.emailVerifiedAt) throw accountConflict('email_confirmed_already', 'The e-mail address is confirmed already');
  await deps.db.transaction(async (tx) => {
    const token = await issueOneTimeToken(tx, user.id, 'verify_email', VERIFY_EMAIL_HOURS, user.email);
    await queueMail(tx, verificationMail(user.language, user.email, user.displayName, verificationLink(deps.publicUrl, token)));
  });
  deps.mailQueued();
}

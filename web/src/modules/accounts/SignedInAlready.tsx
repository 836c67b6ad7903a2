import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CurrentUser } from '../../lib/session/sessionTypes';
import { Notice } from '../../shell/Notice';

/** What the sign-in and sign-up pages show to someone who is signed in already. */
export function SignedInAlready({ user, next }: { user: CurrentUser; next: string }) {
  const { t } = useTranslation();
  return (
    <Notice kind="info" title={t('signIn.alreadySignedIn', { name: user.displayName })}>
      <p className="kern-body">
        <Link className="kern-link" to={next}>
          {t('signIn.continue')}
        </Link>
      </p>
    </Notice>
  );
}

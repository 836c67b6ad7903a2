import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { LinkList } from '../../shell/LinkList';
import { useCurrentWorkspace } from '../workspaces/useCurrentWorkspace';
import type { SignInNotice } from './SignInNotice';
import { useSession } from './useSession';
import { useSessionChanged } from './useSessionChanged';
import { accountApi } from './accountApi';

/** Signed out: links to sign in and up. Signed in: a disclosure menu with the account's pages and sign-out. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { status, user, session } = useSession();
  const { current } = useCurrentWorkspace();
  const location = useLocation();
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const menu = useRef<HTMLDetailsElement>(null);
  const signOut = useMutation({
    mutationFn: () => accountApi.signOut(),
    onSuccess: async () => {
      await sessionChanged();
      const notice: SignInNotice = 'signedOut';
      await navigate('/sign-in', { state: { notice } });
    },
  });

  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [location.pathname]);

  // Until the session is known, the visitor's links hold their place unseen, so the tools
  // beside them do not move when they appear.
  if (status !== 'ready')
    return (
      <ul className="account-links account-links--pending" aria-hidden="true">
        <li className="kern-link">{t('account.signIn')}</li>
        <li className="kern-link">{t('account.signUp')}</li>
      </ul>
    );
  if (!user) {
    const here = `${location.pathname}${location.search}`;
    const next = location.pathname.startsWith('/sign-') ? '' : `?next=${encodeURIComponent(here)}`;
    return (
      <ul className="account-links">
        <li>
          <Link className="kern-link" to={`/sign-in${next}`}>
            {t('account.signIn')}
          </Link>
        </li>
        {session?.signUpOpen && (
          <li>
            <Link className="kern-link" to="/sign-up">
              {t('account.signUp')}
            </Link>
          </li>
        )}
      </ul>
    );
  }

  const closeOnEscape = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !menu.current?.open) return;
    menu.current.open = false;
    menu.current.querySelector('summary')?.focus();
  };
  const reviewer = current && (current.role === 'owner' || current.role === 'coordinator');

  return (
    <details ref={menu} className="kern-dropdown account-menu" onKeyDown={closeOnEscape}>
      <summary className="kern-dropdown__header account-menu__toggle">
        <span className="kern-icon kern-icon--account-circle" aria-hidden="true" />
        <span className="kern-label">
          <span className="kern-sr-only">{t('account.menuFor')} </span>
          {user.displayName}
        </span>
      </summary>
      <div className="kern-dropdown__body account-menu__body">
        <nav aria-label={t('account.menuLabel')}>
          <LinkList
            links={[
              { to: '/profile', label: t('account.profile') },
              { to: '/profile/tokens', label: t('account.tokens') },
              { to: '/workspaces', label: t('account.workspaces') },
              reviewer && { to: `/workspaces/${current.id}/audit`, label: t('account.auditLog') },
            ]}
          />
        </nav>
        <button
          type="button"
          className="kern-btn kern-btn--tertiary account-menu__sign-out"
          aria-disabled={signOut.isPending || undefined}
          onClick={() => {
            if (!signOut.isPending) signOut.mutate();
          }}
        >
          <span className="kern-icon kern-icon--logout" aria-hidden="true" />
          <span className="kern-label">{t('account.signOut')}</span>
        </button>
      </div>
    </details>
  );
}

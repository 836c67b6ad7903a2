import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { describeSendError } from '../../lib/forms/describeSendError';
import { sessionQuery } from '../../lib/session/sessionQuery';
import { LoadingState } from '../../shell/LoadingState';
import { Notice } from '../../shell/Notice';
import { PageHeading } from '../../shell/PageHeading';
import { isLinkTokenProblem } from './isLinkTokenProblem';
import { useSession } from './useSession';
import { accountApi } from './accountApi';

/** Where the confirmation link from the e-mail leads: the address is confirmed as the page opens. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const confirm = useMutation({
    mutationFn: () => accountApi.verifyEmail(token),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey }),
  });
  const started = useRef(false);
  const { mutate } = confirm;

  useEffect(() => {
    // A link works once: confirm it once, also when React runs effects twice in development.
    if (started.current) return;
    started.current = true;
    mutate();
  }, [mutate]);

  return (
    <div className="narrow-page">
      <PageHeading title={t('verifyEmail.title')}>{t('verifyEmail.title')}</PageHeading>
      {(confirm.isIdle || confirm.isPending) && <LoadingState label={t('verifyEmail.pending')} />}
      {confirm.isSuccess && (
        <Notice kind="success" title={t('verifyEmail.done')}>
          <p className="kern-body">
            <Link className="kern-link" to={user ? '/profile' : '/sign-in'}>
              {user ? t('verifyEmail.toProfile') : t('verifyEmail.toSignIn')}
            </Link>
          </p>
        </Notice>
      )}
      {confirm.isError && (
        <div className="kern-alert kern-alert--danger" role="alert">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--danger" aria-hidden="true" />
            <span className="kern-title">{t('verifyEmail.failed')}</span>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{isLinkTokenProblem(confirm.error) ? t('fieldMessages.linkUsed') : describeSendError(confirm.error, t)}</p>
            <p className="kern-body">
              <Link className="kern-link" to={user ? '/profile' : '/sign-in?next=%2Fprofile'}>
                {t('verifyEmail.newLinkHint')}
              </Link>
            </p>
          </div>
        </div>
      )}
    </div>
  );
}

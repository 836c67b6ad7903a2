import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { describeSendError } from '../../lib/forms/describeSendError';
import { sessionQuery } from '../../lib/session/sessionQuery';
import { LoadingState } from '../../shell/LoadingState';
import { Notice } from '../../shell/Notice';
import { ProblemAlert } from '../../shell/ProblemAlert';
import { NarrowPage } from '../../shell/NarrowPage';
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
    <NarrowPage title={t('verifyEmail.title')}>
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
        <ProblemAlert title={t('verifyEmail.failed')} detail={isLinkTokenProblem(confirm.error) ? t('fieldMessages.linkUsed') : describeSendError(confirm.error, t)}>
          <p className="kern-body">
            <Link className="kern-link" to={user ? '/profile' : '/sign-in?next=%2Fprofile'}>
              {t('verifyEmail.newLinkHint')}
            </Link>
          </p>
        </ProblemAlert>
      )}
    </NarrowPage>
  );
}

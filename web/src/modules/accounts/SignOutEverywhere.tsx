import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SendFailedLine } from '../../shell/SendFailedLine';
import { ConfirmButton } from '../../shell/ConfirmButton';
import type { SignInNotice } from './SignInNotice';
import { useSessionChanged } from './useSessionChanged';
import { accountApi } from './accountApi';

/** Ends every session of the account, this one included (e.g. after using a shared computer). */
export function SignOutEverywhere() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const signOut = useMutation({
    mutationFn: () => accountApi.signOutEverywhere(),
    onSuccess: async () => {
      await sessionChanged();
      const notice: SignInNotice = 'signedOutEverywhere';
      await navigate('/sign-in', { replace: true, state: { notice } });
    },
  });
  return (
    <>
      <p className="kern-body">{t('profile.signOutEverywhereIntro')}</p>
      <ConfirmButton
        label={t('profile.signOutEverywhere')}
        question={t('profile.signOutEverywhereQuestion')}
        confirmLabel={t('profile.signOutEverywhereConfirm')}
        pending={signOut.isPending}
        onConfirm={() => signOut.mutate()}
      />
      <SendFailedLine error={signOut.error} />
    </>
  );
}

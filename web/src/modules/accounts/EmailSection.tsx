import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeSendError } from '../../lib/forms/describeSendError';
import { fieldChecks } from '../../lib/forms/fieldChecks';
import { hasFormErrors } from '../../lib/forms/hasFormErrors';
import { useFormErrors } from '../../lib/forms/useFormErrors';
import { onlyErrors } from '../../lib/forms/onlyErrors';
import type { CurrentUser } from '../../lib/session/sessionTypes';
import { ErrorSummary } from '../../shell/ErrorSummary';
import { Notice } from '../../shell/Notice';
import { SubmitButton } from '../../shell/SubmitButton';
import { useRefreshSession } from './useRefreshSession';
import { accountApi } from './accountApi';
import { EmailField } from './AccountFields';
import { Badge } from '../../shell/Badge';
import { RequestButton } from '../../shell/RequestButton';

type Field = 'email';

/** The address in use, whether it is confirmed (with a new link on request), and a form to change it. */
export function EmailSection({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const refreshSession = useRefreshSession();
  const [email, setEmail] = useState('');
  const fields = { email: { id: 'profile-email', label: t('profile.newEmail') } };
  const { errors, setErrors, showRefusal } = useFormErrors<Field>(fields);
  const change = useMutation({
    mutationFn: (address: string) => accountApi.updateProfile({ email: address }),
    onSuccess: async () => {
      setEmail('');
      await refreshSession();
    },
    onError: showRefusal,
  });
  const resend = useMutation({ mutationFn: () => accountApi.resendVerification() });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    const found = onlyErrors<Field>({ email: fieldChecks.email(email, t) });
    setErrors(found);
    if (!hasFormErrors(found)) {
      change.reset();
      change.mutate(email.trim());
    }
  };

  return (
    <>
      <p className="kern-body">
        {t('profile.currentEmail')} <strong>{user.email}</strong>{' '}
        <Badge tone={user.emailVerified ? 'success' : 'warning'}>{user.emailVerified ? t('profile.emailVerified') : t('profile.emailUnverified')}</Badge>
      </p>
      {!user.emailVerified && (
        <Notice kind="warning" title={t('profile.confirmEmailTitle')}>
          <p className="kern-body">{t('profile.confirmEmail', { email: user.email })}</p>
          <div className="button-row">
            <RequestButton label={t('profile.resendLink')} pendingLabel={t('common.sending')} request={resend} variant="secondary" />
          </div>
          {resend.isSuccess && <p className="kern-body">{t('profile.linkResent', { email: user.email })}</p>}
          {resend.isError && <p className="kern-body">{describeSendError(resend.error, t)}</p>}
        </Notice>
      )}
      <form className="form-stack" noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} fields={fields} />
        {change.isSuccess && (
          <Notice kind="success" title={t('profile.emailChanged')}>
            <p className="kern-body">{t('profile.emailChangedBody', { email: change.data.email })}</p>
          </Notice>
        )}
        <EmailField field={fields.email} hint={t('profile.newEmailHint')} value={email} onChange={setEmail} error={errors.fields.email} />
        <div className="button-row">
          <SubmitButton label={t('profile.changeEmail')} pendingLabel={t('common.saving')} pending={change.isPending} variant="secondary" />
        </div>
      </form>
    </>
  );
}

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldChecks } from '../../lib/forms/fieldChecks';
import { useFormErrors } from '../../lib/forms/useFormErrors';
import { CheckedForm } from '../../shell/CheckedForm';
import { Notice } from '../../shell/Notice';
import { NarrowPage } from '../../shell/NarrowPage';
import { accountApi } from './accountApi';
import { EmailField } from './AccountFields';

type Field = 'email';

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const fields = { email: { id: 'forgot-email', label: t('account.email') } };
  const { errors, showRefusal, form } = useFormErrors<Field>(fields);
  const request = useMutation({
    mutationFn: (address: string) => accountApi.requestPasswordReset(address),
    onError: showRefusal,
  });

  return (
    <NarrowPage title={t('forgotPassword.title')}>
      {request.isSuccess && (
        <Notice kind="success" title={t('forgotPassword.sentTitle')}>
          <p className="kern-body">{t('forgotPassword.sent', { email: request.variables })}</p>
        </Notice>
      )}
      <CheckedForm<Field>
        {...form}
        check={() => ({ email: fieldChecks.email(email, t) })}
        save={{ mutate: () => request.mutate(email.trim()), isPending: request.isPending }}
        submitLabel={t('forgotPassword.submit')}
        pendingLabel={t('forgotPassword.pending')}
        intro={t('forgotPassword.intro')}
      >
        <EmailField field={fields.email} value={email} onChange={setEmail} error={errors.fields.email} />
      </CheckedForm>
      <p className="kern-body">
        <Link className="kern-link" to="/sign-in">
          {t('forgotPassword.backToSignIn')}
        </Link>
      </p>
    </NarrowPage>
  );
}

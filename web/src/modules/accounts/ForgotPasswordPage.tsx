import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldChecks } from '../../lib/forms/fieldChecks';
import { formErrorsOf } from '../../lib/forms/formErrorsOf';
import type { FormErrors } from '../../lib/forms/FormErrors';
import { hasFormErrors } from '../../lib/forms/hasFormErrors';
import { noFormErrors } from '../../lib/forms/noFormErrors';
import { onlyErrors } from '../../lib/forms/onlyErrors';
import { ErrorSummary } from '../../shell/ErrorSummary';
import { Notice } from '../../shell/Notice';
import { PageHeading } from '../../shell/PageHeading';
import { SubmitButton } from '../../shell/SubmitButton';
import { accountApi } from './accountApi';
import { EmailField } from './AccountFields';

type Field = 'email';

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>(noFormErrors);
  const request = useMutation({
    mutationFn: (address: string) => accountApi.requestPasswordReset(address),
    onError: (error) => setErrors(formErrorsOf(error, { 'body.email': 'email' }, t)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (request.isPending) return;
    const found = onlyErrors<Field>({ email: fieldChecks.email(email, t) });
    setErrors(found);
    if (!hasFormErrors(found)) request.mutate(email.trim());
  };
  const fields = { email: { id: 'forgot-email', label: t('account.email') } };

  return (
    <div className="narrow-page">
      <PageHeading title={t('forgotPassword.title')}>{t('forgotPassword.title')}</PageHeading>
      {request.isSuccess && (
        <Notice kind="success" title={t('forgotPassword.sentTitle')}>
          <p className="kern-body">{t('forgotPassword.sent', { email: request.variables })}</p>
        </Notice>
      )}
      <form className="form-stack" noValidate onSubmit={submit}>
        <p className="kern-body">{t('forgotPassword.intro')}</p>
        <ErrorSummary errors={errors} fields={fields} />
        <EmailField field={fields.email} value={email} onChange={setEmail} error={errors.fields.email} />
        <div className="button-row">
          <SubmitButton label={t('forgotPassword.submit')} pendingLabel={t('forgotPassword.pending')} pending={request.isPending} />
        </div>
      </form>
      <p className="kern-body">
        <Link className="kern-link" to="/sign-in">
          {t('forgotPassword.backToSignIn')}
        </Link>
      </p>
    </div>
  );
}

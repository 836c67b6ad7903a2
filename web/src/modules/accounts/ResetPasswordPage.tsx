import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { fieldChecks } from '../../lib/forms/fieldChecks';
import { formErrorsOf } from '../../lib/forms/formErrorsOf';
import type { FormErrors } from '../../lib/forms/FormErrors';
import { hasFormErrors } from '../../lib/forms/hasFormErrors';
import { noFormErrors } from '../../lib/forms/noFormErrors';
import { onlyErrors } from '../../lib/forms/onlyErrors';
import { ErrorSummary } from '../../shell/ErrorSummary';
import { PageHeading } from '../../shell/PageHeading';
import { SubmitButton } from '../../shell/SubmitButton';
import { isLinkTokenProblem } from './isLinkTokenProblem';
import type { SignInNotice } from './SignInNotice';
import { useSessionChanged } from './useSessionChanged';
import { accountApi } from './accountApi';
import { NewPasswordField } from './AccountFields';

type Field = 'password';

/** Where the reset link from the e-mail leads: choose a new password; every session ends. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>(noFormErrors);
  const [linkUnusable, setLinkUnusable] = useState(false);

  const reset = useMutation({
    mutationFn: () => accountApi.resetPassword(token, password),
    onSuccess: async () => {
      await sessionChanged();
      const notice: SignInNotice = 'passwordReset';
      await navigate('/sign-in', { replace: true, state: { notice } });
    },
    onError: (error) => {
      setLinkUnusable(isLinkTokenProblem(error));
      setErrors(
        isLinkTokenProblem(error)
          ? { fields: {}, general: t('fieldMessages.linkUsed') }
          : formErrorsOf(error, { 'body.password': 'password' }, t),
      );
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reset.isPending) return;
    const found = onlyErrors<Field>({ password: fieldChecks.newPassword(password, t) });
    setErrors(found);
    if (!hasFormErrors(found)) reset.mutate();
  };
  const fields = { password: { id: 'reset-password', label: t('account.newPassword') } };

  return (
    <div className="narrow-page">
      <PageHeading title={t('resetPassword.title')}>{t('resetPassword.title')}</PageHeading>
      <form className="form-stack" noValidate onSubmit={submit}>
        <p className="kern-body">{t('resetPassword.intro')}</p>
        <ErrorSummary errors={errors} fields={fields} />
        {linkUnusable && (
          <p className="kern-body">
            <Link className="kern-link" to="/forgot-password">
              {t('resetPassword.requestNewLink')}
            </Link>
          </p>
        )}
        <NewPasswordField field={fields.password} value={password} onChange={setPassword} error={errors.fields.password} />
        <div className="button-row">
          <SubmitButton label={t('resetPassword.submit')} pendingLabel={t('resetPassword.pending')} pending={reset.isPending} />
        </div>
      </form>
    </div>
  );
}

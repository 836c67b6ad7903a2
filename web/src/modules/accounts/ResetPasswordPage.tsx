import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { fieldChecks } from '../../lib/forms/fieldChecks';
import { useFormErrors } from '../../lib/forms/useFormErrors';
import { isLinkTokenProblem } from './isLinkTokenProblem';
import type { SignInNotice } from './SignInNotice';
import { useSessionChanged } from './useSessionChanged';
import { accountApi } from './accountApi';
import { NewPasswordField } from './AccountFields';
import { CheckedForm } from '../../shell/CheckedForm';
import { NarrowPage } from '../../shell/NarrowPage';

type Field = 'password';

/** Where the reset link from the e-mail leads: choose a new password; every session ends. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const [password, setPassword] = useState('');
  const fields = { password: { id: 'reset-password', label: t('account.newPassword') } };
  const { errors, setErrors, showRefusal, form } = useFormErrors<Field>(fields);
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
      if (isLinkTokenProblem(error)) setErrors({ fields: {}, general: t('fieldMessages.linkUsed') });
      else showRefusal(error);
    },
  });

  return (
    <NarrowPage title={t('resetPassword.title')}>
      <CheckedForm<Field>
        {...form}
        check={() => ({ password: fieldChecks.newPassword(password, t) })}
        save={reset}
        submitLabel={t('resetPassword.submit')}
        pendingLabel={t('resetPassword.pending')}
        intro={t('resetPassword.intro')}
      >
        {linkUnusable && (
          <p className="kern-body">
            <Link className="kern-link" to="/forgot-password">
              {t('resetPassword.requestNewLink')}
            </Link>
          </p>
        )}
        <NewPasswordField field={fields.password} value={password} onChange={setPassword} error={errors.fields.password} />
      </CheckedForm>
    </NarrowPage>
  );
}

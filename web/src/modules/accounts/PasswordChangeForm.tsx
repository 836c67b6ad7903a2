import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldChecks } from '../../lib/forms/fieldChecks';
import { formErrorsOf } from '../../lib/forms/formErrorsOf';
import type { FormErrors } from '../../lib/forms/FormErrors';
import { hasFormErrors } from '../../lib/forms/hasFormErrors';
import { noFormErrors } from '../../lib/forms/noFormErrors';
import { onlyErrors } from '../../lib/forms/onlyErrors';
import type { CurrentUser } from '../../lib/session/sessionTypes';
import { ErrorSummary } from '../../shell/ErrorSummary';
import { Notice } from '../../shell/Notice';
import { SubmitButton } from '../../shell/SubmitButton';
import { accountApi } from './accountApi';
import { CurrentPasswordField, NewPasswordField } from './AccountFields';

type Field = 'currentPassword' | 'newPassword';

/** A new password (after the current one, if the account has one); other sessions end. */
export function PasswordChangeForm({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>(noFormErrors);
  const change = useMutation({
    mutationFn: () =>
      accountApi.changePassword({ ...(user.hasPassword ? { currentPassword } : {}), newPassword }),
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
    },
    onError: (error) =>
      setErrors(formErrorsOf(error, { 'body.currentPassword': 'currentPassword', 'body.newPassword': 'newPassword' }, t)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    const found = onlyErrors<Field>({
      currentPassword: user.hasPassword ? fieldChecks.required(currentPassword, t) : undefined,
      newPassword: fieldChecks.newPassword(newPassword, t),
    });
    setErrors(found);
    if (!hasFormErrors(found)) {
      change.reset();
      change.mutate();
    }
  };
  const fields = {
    currentPassword: { id: 'profile-current-password', label: t('account.currentPassword') },
    newPassword: { id: 'profile-new-password', label: t('account.newPassword') },
  };

  return (
    <form className="form-stack" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} fields={fields} />
      {change.isSuccess && (
        <Notice kind="success" title={t('profile.passwordChanged')}>
          <p className="kern-body">{t('profile.passwordChangedBody')}</p>
        </Notice>
      )}
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={user.email} readOnly hidden />
      {user.hasPassword && (
        <CurrentPasswordField field={fields.currentPassword} value={currentPassword} onChange={setCurrentPassword} error={errors.fields.currentPassword} />
      )}
      <NewPasswordField field={fields.newPassword} value={newPassword} onChange={setNewPassword} error={errors.fields.newPassword} />
      <div className="button-row">
        <SubmitButton label={t('profile.changePassword')} pendingLabel={t('common.saving')} pending={change.isPending} variant="secondary" />
      </div>
    </form>
  );
}

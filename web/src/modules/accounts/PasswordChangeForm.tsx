import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldChecks } from '../../lib/forms/fieldChecks';
import { useFormErrors } from '../../lib/forms/useFormErrors';
import type { CurrentUser } from '../../lib/session/sessionTypes';
import { CheckedForm } from '../../shell/CheckedForm';
import { Notice } from '../../shell/Notice';
import { accountApi } from './accountApi';
import { CurrentPasswordField, NewPasswordField } from './AccountFields';

type Field = 'currentPassword' | 'newPassword';

/** A new password (after the current one, if the account has one); other sessions end. */
export function PasswordChangeForm({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const fields = {
    currentPassword: { id: 'profile-current-password', label: t('account.currentPassword') },
    newPassword: { id: 'profile-new-password', label: t('account.newPassword') },
  };
  const { errors, showRefusal, form } = useFormErrors<Field>(fields);
  const change = useMutation({
    mutationFn: () =>
      accountApi.changePassword({ ...(user.hasPassword ? { currentPassword } : {}), newPassword }),
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
    },
    onError: showRefusal,
  });

  return (
    <CheckedForm<Field>
      {...form}
      check={() => ({
        currentPassword: user.hasPassword ? fieldChecks.required(currentPassword, t) : undefined,
        newPassword: fieldChecks.newPassword(newPassword, t),
      })}
      save={change}
      submitLabel={t('profile.changePassword')}
      pendingLabel={t('common.saving')}
      quiet
    >
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
    </CheckedForm>
  );
}

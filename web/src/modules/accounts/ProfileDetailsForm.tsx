import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/languages';
import { fieldChecks } from '../../lib/forms/fieldChecks';
import { useFormErrors } from '../../lib/forms/useFormErrors';
import type { CurrentUser } from '../../lib/session/sessionTypes';
import { CheckedForm } from '../../shell/CheckedForm';
import { Notice } from '../../shell/Notice';
import { InputField } from '../../shell/InputField';
import { LanguageField } from './LanguageField';
import { useRefreshSession } from './useRefreshSession';
import { accountApi } from './accountApi';

type Field = 'displayName' | 'language';

/** Name and preferred language; saving the language also switches the interface to it. */
export function ProfileDetailsForm({ user }: { user: CurrentUser }) {
  const { t, i18n } = useTranslation();
  const refreshSession = useRefreshSession();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [language, setLanguage] = useState<Language>(user.language);
  const fields = {
    displayName: { id: 'profile-name', label: t('account.displayName') },
    language: { id: 'profile-language', label: t('account.language') },
  };
  const { showRefusal, form, fieldProps } = useFormErrors<Field>(fields);
  const save = useMutation({
    mutationFn: () => accountApi.updateProfile({ displayName: displayName.trim(), language }),
    onSuccess: async (saved) => {
      await i18n.changeLanguage(saved.language);
      await refreshSession();
    },
    onError: showRefusal,
  });

  return (
    <CheckedForm<Field>
      {...form}
      check={() => ({ displayName: fieldChecks.required(displayName, t) })}
      save={save}
      submitLabel={t('profile.saveDetails')}
      pendingLabel={t('common.saving')}
    >
      {save.isSuccess && <Notice kind="success" title={t('profile.saved')} />}
      <InputField
        {...fieldProps('displayName')}
        required
        hint={t('profile.displayNameHint')}
        autoComplete="name"
        value={displayName}
        onChange={setDisplayName}
        maxLength={120}
      />
      <LanguageField id={fields.language.id} value={language} onChange={setLanguage} hint={t('profile.languageHint')} />
    </CheckedForm>
  );
}

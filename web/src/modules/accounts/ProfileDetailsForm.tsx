import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/languages';
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
  const [errors, setErrors] = useState<FormErrors<Field>>(noFormErrors);
  const save = useMutation({
    mutationFn: () => accountApi.updateProfile({ displayName: displayName.trim(), language }),
    onSuccess: async (saved) => {
      await i18n.changeLanguage(saved.language);
      await refreshSession();
    },
    onError: (error) => setErrors(formErrorsOf(error, { 'body.displayName': 'displayName', 'body.language': 'language' }, t)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const found = onlyErrors<Field>({ displayName: fieldChecks.required(displayName, t) });
    setErrors(found);
    if (!hasFormErrors(found)) {
      save.reset();
      save.mutate();
    }
  };
  const fields = {
    displayName: { id: 'profile-name', label: t('account.displayName') },
    language: { id: 'profile-language', label: t('account.language') },
  };

  return (
    <form className="form-stack" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} fields={fields} />
      {save.isSuccess && <Notice kind="success" title={t('profile.saved')} />}
      <InputField
        id={fields.displayName.id}
        required
        label={fields.displayName.label}
        hint={t('profile.displayNameHint')}
        autoComplete="name"
        value={displayName}
        onChange={setDisplayName}
        error={errors.fields.displayName}
        maxLength={120}
      />
      <LanguageField id={fields.language.id} value={language} onChange={setLanguage} hint={t('profile.languageHint')} />
      <div className="button-row">
        <SubmitButton label={t('profile.saveDetails')} pendingLabel={t('common.saving')} pending={save.isPending} />
      </div>
    </form>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/languages';
import { fieldChecks } from '../../lib/forms/fieldChecks';
import { hasFormErrors } from '../../lib/forms/hasFormErrors';
import { useFormErrors } from '../../lib/forms/useFormErrors';
import { onlyErrors } from '../../lib/forms/onlyErrors';
import type { WorkspaceRole } from '../../lib/session/sessionTypes';
import { useLanguage } from '../../lib/useLanguage';
import { SelectField } from '../../shell/SelectField';
import { ErrorSummary } from '../../shell/ErrorSummary';
import { SubmitButton } from '../../shell/SubmitButton';
import { InputField } from '../../shell/InputField';
import { LanguageField } from '../accounts/LanguageField';
import { WORKSPACE_ROLES } from './workspaceRoles';
import { workspaceApi, workspaceKeys, type CreatedInvitation } from './workspaceApi';

type Field = 'email' | 'role' | 'language';

interface Props {
  workspaceId: string;
  /** By e-mail: the invitation goes to that address. As a link: the owner passes it on. */
  mode: 'email' | 'link';
  onCreated: (invitation: CreatedInvitation) => void;
  /** A role chosen by the page (someone to agree for a plan's side is invited as coordinator): no role field then. */
  fixedRole?: WorkspaceRole;
  /** Keeps field ids apart when a page holds several forms. */
  idPrefix?: string;
}

/** Invites someone into the workspace with a role, by e-mail or as a link to share. */
export function InviteForm({ workspaceId, mode, onCreated, fixedRole, idPrefix }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const uiLanguage = useLanguage();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<WorkspaceRole>(fixedRole ?? 'member');
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const prefix = idPrefix ?? `invite-${mode}`;
  const fields = {
    email: { id: `${prefix}-email`, label: t('invitations.email') },
    role: { id: `${prefix}-role`, label: t('invitations.role') },
    language: { id: `${prefix}-language`, label: t('invitations.language') },
  };
  const { errors, setErrors, showRefusal, fieldProps } = useFormErrors<Field>(fields);
  const invite = useMutation({
    mutationFn: () =>
      workspaceApi.invite(workspaceId, {
        role,
        language,
        ...(mode === 'email' ? { email: email.trim() } : {}),
      }),
    onSuccess: async (invitation) => {
      setEmail('');
      onCreated(invitation);
      await queryClient.invalidateQueries({ queryKey: workspaceKeys.invitations(workspaceId) });
    },
    onError: showRefusal,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invite.isPending) return;
    const found = onlyErrors<Field>({ email: mode === 'email' ? fieldChecks.email(email, t) : undefined });
    setErrors(found);
    if (!hasFormErrors(found)) invite.mutate();
  };

  return (
    <form className="form-stack" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} fields={fields} />
      {mode === 'email' && (
        <InputField
          {...fieldProps('email')}
          required
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          spellCheck={false}
        />
      )}
      {!fixedRole && (
        <SelectField
          {...fieldProps('role')}
          hint={t('invitations.roleHint')}
          value={role}
          onChange={(value) => setRole(WORKSPACE_ROLES.find((candidate) => candidate === value) ?? 'member')}
          options={WORKSPACE_ROLES.map((candidate) => ({ value: candidate, label: t(`enums.workspaceRole.${candidate}`) }))}
        />
      )}
      {mode === 'email' && <LanguageField id={fields.language.id} value={language} onChange={setLanguage} hint={t('invitations.languageHint')} />}
      <div className="button-row">
        <SubmitButton
          label={mode === 'email' ? t('invitations.send') : t('invitations.createLink')}
          pendingLabel={mode === 'email' ? t('common.sending') : t('invitations.creatingLink')}
          pending={invite.isPending}
        />
      </div>
    </form>
  );
}

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Language } from '../../i18n/languages';
import { fieldChecks } from '../../lib/forms/fieldChecks';
import { useFormErrors } from '../../lib/forms/useFormErrors';
import { safeNextPath } from '../../lib/safeNextPath';
import { useLanguage } from '../../lib/useLanguage';
import { CheckedForm } from '../../shell/CheckedForm';
import { LoadingState } from '../../shell/LoadingState';
import { Notice } from '../../shell/Notice';
import { InputField } from '../../shell/InputField';
import { NarrowPage } from '../../shell/NarrowPage';
import { useInvitationPreview } from '../workspaces/useInvitationPreview';
import { InvitationSummary } from './InvitationSummary';
import { LanguageField } from './LanguageField';
import { SignedInAlready } from './SignedInAlready';
import { useSession } from './useSession';
import { useSessionChanged } from './useSessionChanged';
import { accountApi } from './accountApi';
import { EmailField, NewPasswordField } from './AccountFields';

type Field = 'displayName' | 'email' | 'password' | 'language';

export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const invitationToken = params.get('invitation') ?? undefined;
  const next = safeNextPath(params.get('next'), '/profile');
  const { user, session } = useSession();
  const sessionChanged = useSessionChanged();
  const invitation = useInvitationPreview(invitationToken);
  const uiLanguage = useLanguage();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const fields = {
    displayName: { id: 'sign-up-name', label: t('account.displayName') },
    email: { id: 'sign-up-email', label: t('account.email') },
    password: { id: 'sign-up-password', label: t('account.password') },
    language: { id: 'sign-up-language', label: t('account.language') },
  };
  const { errors, showRefusal, form, fieldProps } = useFormErrors<Field>(fields, { 403: t('signUp.closed') });
  // The address an invitation was sent to is filled in; it can still be changed.
  const emailValue = email ?? invitation.data?.email ?? '';
  const usableInvitation = invitation.data ? invitationToken : undefined;

  const signUp = useMutation({
    mutationFn: () =>
      accountApi.signUp({
        displayName: displayName.trim(),
        email: emailValue.trim(),
        password,
        language,
        ...(usableInvitation ? { invitationToken: usableInvitation } : {}),
      }),
    onSuccess: async () => {
      await i18n.changeLanguage(language);
      await sessionChanged();
      await navigate(invitation.data ? `/workspaces/${invitation.data.workspace.id}` : next, { replace: true });
    },
    onError: showRefusal,
  });

  const closed = session !== undefined && !session.signUpOpen && !invitation.data;

  return (
    <NarrowPage title={t('signUp.title')}>
      {invitationToken && invitation.isPending && <LoadingState />}
      {invitation.data && <InvitationSummary invitation={invitation.data} />}
      {invitation.isError && <Notice kind="warning" title={t('invitation.unusable')} />}
      {user && !signUp.isPending && !signUp.isSuccess ? (
        <SignedInAlready user={user} next={invitationToken ? `/invitations/${encodeURIComponent(invitationToken)}` : next} />
      ) : closed ? (
        <Notice kind="warning" title={t('signUp.closedTitle')}>
          <p className="kern-body">{t('signUp.closed')}</p>
        </Notice>
      ) : (
        <CheckedForm<Field>
          {...form}
          check={() => ({
            displayName: fieldChecks.required(displayName, t),
            email: fieldChecks.email(emailValue, t),
            password: fieldChecks.newPassword(password, t),
          })}
          save={signUp}
          submitLabel={t('signUp.submit')}
          pendingLabel={t('signUp.pending')}
          intro={t('signUp.intro')}
        >
          <InputField
            {...fieldProps('displayName')}
            required
            hint={t('signUp.displayNameHint')}
            autoComplete="name"
            value={displayName}
            onChange={setDisplayName}
            maxLength={120}
          />
          <EmailField field={fields.email} hint={t('signUp.emailHint')} value={emailValue} onChange={setEmail} error={errors.fields.email} />
          <NewPasswordField field={fields.password} value={password} onChange={setPassword} error={errors.fields.password} />
          <LanguageField id={fields.language.id} value={language} onChange={setLanguage} hint={t('signUp.languageHint')} />
        </CheckedForm>
      )}
      {!user && (
        <p className="kern-body">
          {t('signUp.haveAccount')}{' '}
          <Link className="kern-link" to={`/sign-in?next=${encodeURIComponent(invitationToken ? `/invitations/${encodeURIComponent(invitationToken)}` : next)}`}>
            {t('signUp.signInLink')}
          </Link>
        </p>
      )}
    </NarrowPage>
  );
}

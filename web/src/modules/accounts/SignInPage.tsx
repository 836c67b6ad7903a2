import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { fieldChecks } from '../../lib/forms/fieldChecks';
import { useFormErrors } from '../../lib/forms/useFormErrors';
import { safeNextPath } from '../../lib/safeNextPath';
import { CheckedForm } from '../../shell/CheckedForm';
import { Notice } from '../../shell/Notice';
import { NarrowPage } from '../../shell/NarrowPage';
import { SignedInAlready } from './SignedInAlready';
import { signInNoticeOf } from './signInNoticeOf';
import { SingleSignOnLink } from './SingleSignOnLink';
import { singleSignOnProblemOf } from './singleSignOnProblemOf';
import { useSession } from './useSession';
import { useSessionChanged } from './useSessionChanged';
import { accountApi } from './accountApi';
import { CurrentPasswordField, EmailField } from './AccountFields';

type Field = 'email' | 'password';

export function SignInPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const { user, session } = useSession();
  const sessionChanged = useSessionChanged();
  const notice = signInNoticeOf(location.state);
  const signOnProblem = singleSignOnProblemOf(params.get('signOn'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const fields = {
    email: { id: 'sign-in-email', label: t('account.email') },
    password: { id: 'sign-in-password', label: t('account.password') },
  };
  const { errors, showRefusal, form } = useFormErrors<Field>(fields, { 401: t('signIn.wrongCredentials') });

  const signIn = useMutation({
    mutationFn: () => accountApi.signIn(email.trim(), password),
    onSuccess: async ({ user: signedIn }) => {
      if (signedIn) await i18n.changeLanguage(signedIn.language);
      await sessionChanged();
      await navigate(next, { replace: true });
    },
    onError: showRefusal,
  });

  const signUpQuery = params.get('next') ? `?next=${encodeURIComponent(next)}` : '';

  return (
    <NarrowPage title={t('signIn.title')}>
      {notice && <Notice kind="success" title={t(`signIn.notice.${notice}`)} />}
      {signOnProblem && (
        <Notice kind="warning" title={t('signIn.signOnProblemTitle')}>
          <p className="kern-body">{t(`signIn.signOnProblem.${signOnProblem}`)}</p>
        </Notice>
      )}
      {user && !signIn.isPending && !signIn.isSuccess ? (
        <SignedInAlready user={user} next={next} />
      ) : (
        <>
          <CheckedForm<Field>
            {...form}
            check={() => ({ email: fieldChecks.email(email, t), password: fieldChecks.required(password, t) })}
            save={signIn}
            submitLabel={t('signIn.submit')}
            pendingLabel={t('signIn.pending')}
          >
            <EmailField field={fields.email} value={email} onChange={setEmail} error={errors.fields.email} />
            <CurrentPasswordField field={fields.password} value={password} onChange={setPassword} error={errors.fields.password} />
            <p className="kern-body">
              <Link className="kern-link" to="/forgot-password">
                {t('signIn.forgotPassword')}
              </Link>
            </p>
          </CheckedForm>
          {session?.singleSignOn && <SingleSignOnLink singleSignOn={session.singleSignOn} returnTo={next} />}
          {session?.signUpOpen && (
            <p className="kern-body">
              {t('signIn.noAccount')}{' '}
              <Link className="kern-link" to={`/sign-up${signUpQuery}`}>
                {t('signIn.signUpLink')}
              </Link>
            </p>
          )}
        </>
      )}
    </NarrowPage>
  );
}

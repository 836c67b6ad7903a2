import { useTranslation } from 'react-i18next';

interface Props {
  singleSignOn: { displayName: string; startUrl: string };
  /** Where the server sends the browser after signing in. */
  returnTo: string;
}

/** Single sign-on through the organisation's identity provider: a plain link, since the server leads the way from there. */
export function SingleSignOnLink({ singleSignOn, returnTo }: Props) {
  const { t } = useTranslation();
  const separator = singleSignOn.startUrl.includes('?') ? '&' : '?';
  return (
    <div className="single-sign-on">
      <p className="kern-body">{t('signIn.orSingleSignOn')}</p>
      <a className="kern-btn kern-btn--secondary" href={`${singleSignOn.startUrl}${separator}returnTo=${encodeURIComponent(returnTo)}`}>
        <span className="kern-label">{t('signIn.singleSignOn', { provider: singleSignOn.displayName })}</span>
      </a>
    </div>
  );
}

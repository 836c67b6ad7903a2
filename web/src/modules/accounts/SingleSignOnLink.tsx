import { useTranslation } from 'react-i18next';

/** Single sign-on through the organisation's identity provider: a plain link, since the server leads the way from there. */
export function SingleSignOnLink({ singleSignOn }: { singleSignOn: { displayName: string; startUrl: string } }) {
  const { t } = useTranslation();
  return (
    <div className="single-sign-on">
      <p className="kern-body">{t('signIn.orSingleSignOn')}</p>
      <a className="kern-btn kern-btn--secondary" href={singleSignOn.startUrl}>
        <span className="kern-label">{t('signIn.singleSignOn', { provider: singleSignOn.displayName })}</span>
      </a>
    </div>
  );
}

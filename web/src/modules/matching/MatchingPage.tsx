import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName } from '../../lib/countryName';
import { formatNumber } from '../../lib/formatNumber';
import { useLanguage } from '../../lib/useLanguage';
import { MayCreate } from '../accounts/MayCreate';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { PageHeading } from '../../shell/PageHeading';
import { RecordTable } from '../../shell/RecordTable';
import { ProfileName } from './ProfileName';
import { useMatchingProfiles } from './useMatching';

/** Who looks for partners: the profiles the viewer may see, and the way to publish a need. */
export function MatchingPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const profiles = useMatchingProfiles();
  return (
    <>
      <PageHeading title={t('matching.title')}>{t('matching.title')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('matching.intro')}</p>
      <p className="kern-body">
        <Link to="/matching/directory">{t('matchingDirectory.title')}</Link>
      </p>
      <MayCreate>
        <div className="button-row">
          <Link className="kern-btn kern-btn--primary" to="/matching/new">
            <span className="kern-label">{t('matching.publishNeed')}</span>
          </Link>
          <Link className="kern-btn kern-btn--secondary" to="/matching/experts/new">
            <span className="kern-label">{t('matchingForms.newExpert')}</span>
          </Link>
          <Link className="kern-btn kern-btn--secondary" to="/matching/introductions">
            <span className="kern-label">{t('introductions.title')}</span>
          </Link>
        </div>
      </MayCreate>
      {profiles.isPending && <LoadingState />}
      {profiles.isError && <ErrorState error={profiles.error} onRetry={() => void profiles.refetch()} />}
      {profiles.data && (
        <RecordTable
          caption={t('matching.caption')}
          captionShown
          rows={profiles.data.items}
          columns={[
            { header: t('matching.columnName'), cell: (profile) => <ProfileName profile={profile} />, link: (profile) => `/matching/profiles/${profile.id}` },
            { header: t('matching.columnCountry'), cell: (profile) => (profile.place?.countryCode ? countryName(profile.place.countryCode, language) : '') },
            { header: t('matching.population'), cell: (profile) => (profile.population !== null ? formatNumber(profile.population, language) : '') },
            { header: t('matching.subject'), cell: (profile) => t(`matching.subjectKind.${profile.subject}`) },
          ]}
        />
      )}
    </>
  );
}

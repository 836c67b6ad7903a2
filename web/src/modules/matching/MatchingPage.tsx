import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName } from '../../lib/countryName';
import { formatNumber } from '../../lib/formatNumber';
import { useLanguage } from '../../lib/useLanguage';
import { MayCreate } from '../accounts/MayCreate';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { PageHeading } from '../../shell/PageHeading';
import { TableScroll } from '../../shell/TableScroll';
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
        </div>
      </MayCreate>
      {profiles.isPending && <LoadingState />}
      {profiles.isError && <ErrorState error={profiles.error} onRetry={() => void profiles.refetch()} />}
      {profiles.data && (
        <TableScroll>
          <table className="kern-table">
            <caption className="kern-title">{t('matching.caption')}</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t('matching.columnName')}</th>
                <th scope="col" className="kern-table__header">{t('matching.columnCountry')}</th>
                <th scope="col" className="kern-table__header">{t('matching.population')}</th>
                <th scope="col" className="kern-table__header">{t('matching.subject')}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {profiles.data.items.map((profile) => (
                <tr key={profile.id} className="kern-table__row">
                  <th scope="row" className="kern-table__cell">
                    <Link to={`/matching/profiles/${profile.id}`}>
                      <ProfileName profile={profile} />
                    </Link>
                  </th>
                  <td className="kern-table__cell">{profile.place?.countryCode ? countryName(profile.place.countryCode, language) : ''}</td>
                  <td className="kern-table__cell">{profile.population !== null ? formatNumber(profile.population, language) : ''}</td>
                  <td className="kern-table__cell">{t(`matching.subjectKind.${profile.subject}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName } from '../../lib/countryName';
import { formatDate } from '../../lib/formatDate';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { PlaceName } from '../../shell/PlaceName';
import { TextInLanguage } from '../../shell/TextInLanguage';
import type { DirectoryEntry } from './matchingApi';
import { ProfileName } from './ProfileName';

/** One published need or offer: what, by whom, where, how urgent; it leads to the profile. */
export function DirectoryEntryCard({ entry }: { entry: DirectoryEntry }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const theme = entry.theme ? pickText(entry.theme.name, language).text : '';
  const title = `${t(`matchingDirectory.direction.${entry.direction}`)}: ${theme} – ${t(`matching.kind.${entry.kind}`)}`;
  return (
    <li className={`directory-entry directory-entry--${entry.direction}`}>
      <article aria-label={title}>
        <h3 className="kern-heading-small">{title}</h3>
        <p className="kern-body kern-body--bold">
          <Link to={`/matching/profiles/${entry.profile.id}`}>
            <ProfileName profile={entry.profile} />
          </Link>
          {entry.location && entry.location.id !== entry.profile.place?.id && (
            <>
              {' · '}
              <PlaceName place={entry.location} />
            </>
          )}
          {entry.location?.countryCode ? ` · ${countryName(entry.location.countryCode, language)}` : ''}
        </p>
        <p className="kern-body">
          <TextInLanguage picked={pickText(entry.description, language)} />
        </p>
        <p className="kern-body kern-body--small">
          {t(`matching.urgency.${entry.urgency}`)}
          {entry.until ? ` · ${t('matching.untilDate', { date: formatDate(entry.until, language) })}` : ''}
          {entry.profile.partnershipTypes.length > 0
            ? ` · ${t('matchingDirectory.seeks', { types: entry.profile.partnershipTypes.map((type) => t(`matching.partnershipType.${type}`)).join(', ') })}`
            : ''}
        </p>
      </article>
    </li>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/formatDate';
import { useLanguage } from '../../lib/useLanguage';
import { LocalizedText } from '../../shell/LocalizedText';
import { useUpcomingDeadlines } from './useUpcomingDeadlines';

/** The next funding deadlines, soonest first. */
export function UpcomingDeadlines() {
  const { t } = useTranslation();
  const language = useLanguage();
  const deadlines = useUpcomingDeadlines();
  if (!deadlines.data) return null;
  if (deadlines.data.items.length === 0) return <p className="kern-body">{t('funding.noDeadlines')}</p>;
  return (
    <ul className="kern-list">
      {deadlines.data.items.map((deadline) => (
        <li key={deadline.id} className="kern-body">
          <strong>{formatDate(deadline.dueOn, language)}</strong>: <LocalizedText value={deadline.label} /> –{' '}
          <Link className="kern-link" to={`/funding/programmes/${deadline.programme.id}`}>
            <LocalizedText value={deadline.programme.name} />
          </Link>
        </li>
      ))}
    </ul>
  );
}

import { useTranslation } from 'react-i18next';
import { PlaceName } from '../../shell/PlaceName';
import { LocalizedText } from '../../shell/LocalizedText';
import { ExchangeDates } from './ExchangeDates';
import type { Stop } from './exchangeApi';

/** The stops of a trip in order, with the sites visited at each. */
export function StopsSection({ stops }: { stops: Stop[] }) {
  const { t } = useTranslation();
  return (
    <ol className="timeline stops">
      {stops.map((stop) => (
        <li key={stop.id} className="timeline__item">
          <p className="kern-body kern-body--bold timeline__date">
            <ExchangeDates startDate={stop.startDate} endDate={stop.endDate} />
          </p>
          <h3 className="kern-heading-small timeline__title">{stop.place ? <PlaceName place={stop.place} /> : t('common.notSpecified')}</h3>
          {stop.siteVisits.length > 0 && (
            <ul className="kern-list">
              {stop.siteVisits.map((visit, index) => (
                <li key={index}>
                  <LocalizedText value={visit} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

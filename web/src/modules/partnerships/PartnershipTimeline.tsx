import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedQuery } from '../../lib/pagedQuery';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { LocalizedText } from '../../shell/LocalizedText';
import { PlaceName } from '../../shell/PlaceName';
import { ExchangeDates } from '../exchanges/ExchangeDates';
import { SeriesPart } from '../exchanges/SeriesPart';
import { partnershipApi, partnershipKeys, type TimelineEntry } from './partnershipApi';
import { pagedItems } from '../../lib/pagedItems';

/** What an entry is, in words: the kind of exchange, or the type of entry. */
function useEntryLabel() {
  const { t } = useTranslation();
  return (entry: TimelineEntry) => {
    if (entry.type === 'exchange' && entry.kind) return t(`enums.exchangeKind.${entry.kind}`, { defaultValue: entry.kind });
    return t(`timeline.type.${entry.type}`, { defaultValue: entry.type });
  };
}

/** Everything linked to a partnership in date order: exchanges, project groups and more as they come. */
export function PartnershipTimeline({ partnershipId, hasChildren = false }: { partnershipId: string; hasChildren?: boolean }) {
  const { t } = useTranslation();
  const label = useEntryLabel();
  const [includeChildren, setIncludeChildren] = useState(false);
  const query = useInfiniteQuery(pagedQuery(partnershipKeys.timeline(partnershipId, includeChildren), (cursor, signal) => partnershipApi.timeline(partnershipId, { limit: 25, cursor, includeChildren: includeChildren ? 'true' : undefined }, signal)));
  const entries = pagedItems(query.data);

  const toggle = hasChildren && (
    <div className="kern-form-check">
      <input
        id={`${partnershipId}-include-children`}
        className="kern-form-check__checkbox"
        type="checkbox"
        checked={includeChildren}
        onChange={(event) => setIncludeChildren(event.target.checked)}
      />
      <label className="kern-label" htmlFor={`${partnershipId}-include-children`}>
        {t('partnerships.timelineIncludeChildren')}
      </label>
    </div>
  );
  if (query.isPending) return <LoadingState />;
  if (query.isError && !query.data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (entries.length === 0) {
    return (
      <>
        {toggle}
        <p className="kern-body">{t('partnerships.timelineEmpty')}</p>
      </>
    );
  }
  return (
    <>
      {toggle}
      <ol className="timeline">
        {entries.map((entry) => (
          <li key={`${entry.type}:${entry.id}`} className={`timeline__item timeline__item--${entry.type}`}>
            <p className="kern-body kern-body--bold timeline__date">
              <ExchangeDates startDate={entry.date} endDate={entry.endDate ?? entry.date} />
            </p>
            <h3 className="kern-heading-small timeline__title">
              <Link className="kern-link" to={entry.path}>
                <LocalizedText value={entry.title} />
              </Link>
            </h3>
            <p className="kern-body kern-body--small timeline__meta">
              {label(entry)}
              {entry.place && (
                <>
                  {' · '}
                  <PlaceName place={entry.place} />
                </>
              )}
              {entry.series && (
                <>
                  {' · '}
                  <SeriesPart series={{ id: entry.id, ...entry.series }} />
                </>
              )}
              {entry.status && entry.type === 'exchange' && (
                <>
                  {' · '}
                  {t(`enums.exchangeStatus.${entry.status}`, { defaultValue: entry.status })}
                </>
              )}
            </p>
          </li>
        ))}
      </ol>
      <LoadMore shown={entries.length} query={query} />
      {query.isError && <ErrorState error={query.error} />}
    </>
  );
}

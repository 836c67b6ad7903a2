import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { LocalizedText } from '../../shell/LocalizedText';
import { ExchangeDates } from '../exchanges/ExchangeDates';
import { useExchangePages } from '../exchanges/useExchangePages';
import { VenueName } from '../exchanges/VenueName';
import { TableScroll } from '../../shell/TableScroll';

/** The network's meetings, newest first, each with its host town. */
export function NetworkMeetings({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const query = useExchangePages({ networkId, order: 'newest' });
  const meetings = query.data?.pages.flatMap((page) => page.items) ?? [];

  if (query.isPending) return <LoadingState />;
  if (query.isError && !query.data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (meetings.length === 0) return <p className="kern-body">{t('networks.meetingsEmpty')}</p>;
  return (
    <>
      <TableScroll>
        <table className="kern-table">
          <caption className="kern-sr-only">{t('networks.meetingsCaption')}</caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">{t('networks.columnDate')}</th>
              <th scope="col" className="kern-table__header">{t('networks.columnMeeting')}</th>
              <th scope="col" className="kern-table__header">{t('networks.columnHost')}</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {meetings.map((meeting) => (
              <tr key={meeting.id} className="kern-table__row">
                <td className="kern-table__cell">
                  <ExchangeDates startDate={meeting.startDate} endDate={meeting.endDate} />
                </td>
                <th scope="row" className="kern-table__header">
                  <Link className="kern-link" to={`/exchanges/${meeting.id}`}>
                    <LocalizedText value={meeting.title} />
                  </Link>
                </th>
                <td className="kern-table__cell">
                  <VenueName exchange={meeting} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <LoadMore
        shown={meetings.length}
        hasMore={query.hasNextPage}
        isLoading={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
      {query.isError && <ErrorState error={query.error} />}
    </>
  );
}

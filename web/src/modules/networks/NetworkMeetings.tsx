import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { LocalizedText } from '../../shell/LocalizedText';
import { RecordTable } from '../../shell/RecordTable';
import { ExchangeDates } from '../exchanges/ExchangeDates';
import { useExchangePages } from '../exchanges/useExchangePages';
import { VenueName } from '../exchanges/VenueName';
import { pagedItems } from '../../lib/pagedItems';

/** The network's meetings, newest first, each with its host town. */
export function NetworkMeetings({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const query = useExchangePages({ networkId, order: 'newest' });
  const meetings = pagedItems(query.data);

  if (query.isPending) return <LoadingState />;
  if (query.isError && !query.data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <RecordTable
        caption={t('networks.meetingsCaption')}
        empty={t('networks.meetingsEmpty')}
        rows={meetings}
        rowHeader={1}
        columns={[
          { header: t('networks.columnDate'), cell: (meeting) => <ExchangeDates startDate={meeting.startDate} endDate={meeting.endDate} /> },
          { header: t('networks.columnMeeting'), cell: (meeting) => <LocalizedText value={meeting.title} />, link: (meeting) => `/exchanges/${meeting.id}` },
          { header: t('networks.columnHost'), cell: (meeting) => <VenueName exchange={meeting} /> },
        ]}
      />
      {meetings.length > 0 && (
        <>
          <LoadMore shown={meetings.length} query={query} />
          {query.isError && <ErrorState error={query.error} />}
        </>
      )}
    </>
  );
}

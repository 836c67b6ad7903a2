import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { LocalizedText } from '../../shell/LocalizedText';
import { ExchangeDates } from './ExchangeDates';
import { SeriesPart } from './SeriesPart';
import { useExchangePages } from './useExchangePages';
import { VenueName } from './VenueName';

interface Props {
  partnershipId: string;
  emptyText: string;
}

/** Everything that happened in a partnership, oldest first. */
export function ExchangeTimeline({ partnershipId, emptyText }: Props) {
  const { t } = useTranslation();
  const query = useExchangePages({ partnershipId, order: 'oldest' });
  const exchanges = query.data?.pages.flatMap((page) => page.items) ?? [];

  if (query.isPending) return <LoadingState />;
  if (query.isError && !query.data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (exchanges.length === 0) return <p className="kern-body">{emptyText}</p>;
  return (
    <>
      <ol className="timeline">
        {exchanges.map((exchange) => (
          <li key={exchange.id} className="timeline__item">
            <p className="kern-body kern-body--bold timeline__date">
              <ExchangeDates startDate={exchange.startDate} endDate={exchange.endDate} />
            </p>
            <h3 className="kern-heading-small timeline__title">
              <Link className="kern-link" to={`/exchanges/${exchange.id}`}>
                <LocalizedText value={exchange.title} />
              </Link>
            </h3>
            <p className="kern-body kern-body--small timeline__meta">
              {t(`enums.exchangeKind.${exchange.kind}`)}
              {(exchange.venue || exchange.venueName) && (
                <>
                  {' · '}
                  <VenueName exchange={exchange} />
                </>
              )}
              {exchange.series && (
                <>
                  {' · '}
                  <SeriesPart series={exchange.series} />
                </>
              )}
            </p>
          </li>
        ))}
      </ol>
      <LoadMore
        shown={exchanges.length}
        hasMore={query.hasNextPage}
        isLoading={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
      />
      {query.isError && <ErrorState error={query.error} />}
    </>
  );
}

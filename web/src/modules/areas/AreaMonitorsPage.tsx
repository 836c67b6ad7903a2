import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { LocalizedText } from '../../shell/LocalizedText';
import { PageHeading } from '../../shell/PageHeading';
import { PlaceName } from '../../shell/PlaceName';
import { areaApi, areaKeys } from './areaApi';
import { TableScroll } from '../../shell/TableScroll';
import { MayCreate } from '../accounts/MayCreate';

export function AreaMonitorsPage() {
  const { t } = useTranslation();
  const query = useInfiniteQuery({
    queryKey: areaKeys.list,
    queryFn: ({ pageParam, signal }) => areaApi.list({ limit: 25, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const monitors = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeading title={t('areas.title')}>{t('areas.title')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('areas.intro')}</p>
      <p className="button-row">
        <MayCreate>
          <Link className="kern-btn kern-btn--primary" to="/areas/new">
            <span className="kern-label">{t('areas.create')}</span>
          </Link>
        </MayCreate>
      </p>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && monitors.length === 0 && <p className="kern-body">{t('areas.empty')}</p>}
      {monitors.length > 0 && (
        <TableScroll>
          <table className="kern-table">
            <caption className="kern-sr-only">{t('areas.title')}</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t('areas.monitorTitle')}</th>
                <th scope="col" className="kern-table__header">{t('areas.city')}</th>
                <th scope="col" className="kern-table__header">{t('areas.project')}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {monitors.map((monitor) => (
                <tr key={monitor.id} className="kern-table__row">
                  <th scope="row" className="kern-table__header">
                    <Link className="kern-link" to={`/areas/${monitor.id}`}>
                      <LocalizedText value={monitor.title} />
                    </Link>
                  </th>
                  <td className="kern-table__cell">{monitor.city && <PlaceName place={monitor.city} />}</td>
                  <td className="kern-table__cell">
                    {monitor.project && (
                      <Link className="kern-link" to={`/projects/${monitor.project.id}`}>
                        <LocalizedText value={monitor.project.title} />
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {query.data && <LoadMore shown={monitors.length} hasMore={query.hasNextPage} isLoading={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />}
    </>
  );
}

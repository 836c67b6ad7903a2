import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/formatDate';
import { useLanguage } from '../../lib/useLanguage';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { LocalizedText } from '../../shell/LocalizedText';
import { OrganizationName } from '../../shell/OrganizationName';
import { PageHeading } from '../../shell/PageHeading';
import { Section } from '../../shell/Section';
import { UpcomingDeadlines } from '../plans/UpcomingDeadlines';
import { fundingApi, fundingKeys } from './fundingApi';
import { TableScroll } from '../../shell/TableScroll';
import { MayCreate } from '../accounts/MayCreate';

/** The programme catalogue and the upcoming deadlines. */
export function FundingPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const query = useInfiniteQuery({
    queryKey: fundingKeys.programmes,
    queryFn: ({ pageParam, signal }) => fundingApi.programmes({ limit: 25, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const programmes = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeading title={t('funding.title')}>{t('funding.title')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('funding.intro')}</p>
      <Section title={t('funding.upcomingDeadlines')}>
        <UpcomingDeadlines />
      </Section>
      <Section title={t('funding.programmes')}>
        <p className="button-row">
          <MayCreate>
            <Link className="kern-btn kern-btn--primary" to="/funding/programmes/new">
              <span className="kern-label">{t('funding.createProgramme')}</span>
            </Link>
          </MayCreate>
        </p>
        {query.isPending && <LoadingState />}
        {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
        {query.data && programmes.length === 0 && <p className="kern-body">{t('funding.empty')}</p>}
        {programmes.length > 0 && (
          <TableScroll>
            <table className="kern-table">
              <caption className="kern-sr-only">{t('funding.programmes')}</caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">{t('funding.programmeName')}</th>
                  <th scope="col" className="kern-table__header">{t('funding.funder')}</th>
                  <th scope="col" className="kern-table__header">{t('funding.level')}</th>
                  <th scope="col" className="kern-table__header">{t('funding.nextDeadline')}</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {programmes.map((programme) => (
                  <tr key={programme.id} className="kern-table__row">
                    <th scope="row" className="kern-table__header">
                      <Link className="kern-link" to={`/funding/programmes/${programme.id}`}>
                        <LocalizedText value={programme.name} />
                      </Link>
                    </th>
                    <td className="kern-table__cell">{programme.funder && <OrganizationName organization={programme.funder} />}</td>
                    <td className="kern-table__cell">{t(`funding.levels.${programme.level}`)}</td>
                    <td className="kern-table__cell">{programme.nextDeadline ? formatDate(programme.nextDeadline, language) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        {query.data && <LoadMore shown={programmes.length} hasMore={query.hasNextPage} isLoading={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />}
      </Section>
    </>
  );
}

import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiUrl } from '../../lib/api/apiUrl';
import { useEnumSearchParam } from '../../lib/useEnumSearchParam';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { LocalizedText } from '../../shell/LocalizedText';
import { OrganizationName } from '../../shell/OrganizationName';
import { PageHeading } from '../../shell/PageHeading';
import { PlaceName } from '../../shell/PlaceName';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { PROJECT_STATUSES, projectApi, projectKeys } from './projectApi';
import { TableScroll } from '../../shell/TableScroll';
import { MayCreate } from '../accounts/MayCreate';

export function ProjectsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useEnumSearchParam('status', PROJECT_STATUSES);
  const query = useInfiniteQuery({
    queryKey: projectKeys.list(status),
    queryFn: ({ pageParam, signal }) => projectApi.list({ status, limit: 25, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const projects = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeading title={t('projects.title')}>{t('projects.title')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('projects.intro')}</p>
      <div className="filter-bar">
        <EnumSelectField
          label={t('projects.status')}
          value={status ?? ''}
          emptyLabel={t('projects.allStatuses')}
          values={PROJECT_STATUSES}
          labelOf={(value) => t(`projects.statuses.${value}`)}
          onChange={(value) => setStatus(value || undefined)}
        />
      </div>
      <p className="button-row">
        <MayCreate>
          <Link className="kern-btn kern-btn--primary" to="/projects/new">
            <span className="kern-label">{t('projects.create')}</span>
          </Link>
        </MayCreate>
        {projects.length > 0 && (
          <a className="kern-btn kern-btn--tertiary" href={apiUrl('/iati/activities.xml')} download>
            <span className="kern-label">{t('projects.exportIati')}</span>
          </a>
        )}
      </p>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data &&
        (projects.length === 0 ? (
          <p className="kern-body">{t('projects.empty')}</p>
        ) : (
          <TableScroll>
            <table className="kern-table">
              <caption className="kern-sr-only">{t('projects.title')}</caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">{t('projects.projectTitle')}</th>
                  <th scope="col" className="kern-table__header">{t('projects.carrier')}</th>
                  <th scope="col" className="kern-table__header">{t('projects.pilotArea')}</th>
                  <th scope="col" className="kern-table__header">{t('projects.status')}</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {projects.map((project) => (
                  <tr key={project.id} className="kern-table__row">
                    <th scope="row" className="kern-table__header">
                      <Link className="kern-link" to={`/projects/${project.id}`}>
                        <LocalizedText value={project.title} />
                      </Link>
                    </th>
                    <td className="kern-table__cell">{project.carrier && <OrganizationName organization={project.carrier} />}</td>
                    <td className="kern-table__cell">{project.pilotArea && <PlaceName place={project.pilotArea} />}</td>
                    <td className="kern-table__cell">{t(`projects.statuses.${project.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ))}
      {query.data && <LoadMore shown={projects.length} hasMore={query.hasNextPage} isLoading={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />}
    </>
  );
}

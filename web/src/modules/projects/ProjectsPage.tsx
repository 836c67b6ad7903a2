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
import { PROJECT_STATUSES, projectApi, projectKeys, type ProjectSummary } from './projectApi';
import { RecordTable, type Column } from '../../shell/RecordTable';
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
  const columns: Column<ProjectSummary>[] = [
    { header: t('projects.projectTitle'), cell: (project) => <LocalizedText value={project.title} />, link: (project) => `/projects/${project.id}` },
    { header: t('projects.carrier'), cell: (project) => project.carrier && <OrganizationName organization={project.carrier} /> },
    { header: t('projects.pilotArea'), cell: (project) => project.pilotArea && <PlaceName place={project.pilotArea} /> },
    { header: t('projects.status'), cell: (project) => t(`projects.statuses.${project.status}`) },
  ];
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
      {query.data && <RecordTable caption={t('projects.title')} empty={t('projects.empty')} rows={projects} columns={columns} />}
      {query.data && <LoadMore shown={projects.length} hasMore={query.hasNextPage} isLoading={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />}
    </>
  );
}

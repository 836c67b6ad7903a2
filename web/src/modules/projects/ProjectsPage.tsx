import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../lib/api/apiUrl';
import { useEnumSearchParam } from '../../lib/useEnumSearchParam';
import { useLanguage } from '../../lib/useLanguage';
import { EnumFilterBar } from '../../shell/EnumFilterBar';
import { ListPage } from '../../shell/ListPage';
import { LocalizedText } from '../../shell/LocalizedText';
import { OrganizationName } from '../../shell/OrganizationName';
import { PlaceName } from '../../shell/PlaceName';
import { RecordTable, type Column } from '../../shell/RecordTable';
import { type ProjectSummary } from './projectApi';
import { useProjectPages } from './useProjectPages';
import { projectStatusValues } from '../../lib/api/enums';
import { pagedItems } from '../../lib/pagedItems';

export function ProjectsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [status, setStatus] = useEnumSearchParam('status', projectStatusValues);
  const query = useProjectPages(status);
  const projects = pagedItems(query.data);
  const columns: Column<ProjectSummary>[] = [
    { header: t('projects.projectTitle'), cell: (project) => <LocalizedText value={project.title} />, link: (project) => `/projects/${project.id}` },
    { header: t('projects.carrier'), cell: (project) => project.carrier && <OrganizationName organization={project.carrier} /> },
    { header: t('projects.pilotArea'), cell: (project) => project.pilotArea && <PlaceName place={project.pilotArea} /> },
    { header: t('projects.status'), cell: (project) => t(`projects.statuses.${project.status}`) },
  ];
  return (
    <ListPage
      title={t('projects.title')}
      intro={t('projects.intro')}
      create={{ to: '/projects/new', label: t('projects.create') }}
      downloads={projects.length > 0 ? [{ url: apiUrl('/iati/activities.xml', { lang: language }), label: t('projects.exportIati') }] : []}
      query={query}
      shown={projects.length}
      empty={t('projects.empty')}
      filters={
        <EnumFilterBar label={t('projects.status')} value={status} values={projectStatusValues} labels="projects.statuses" allLabel={t('projects.allStatuses')} onChange={setStatus} />
      }
    >
      <RecordTable caption={t('projects.title')} rows={projects} columns={columns} />
    </ListPage>
  );
}

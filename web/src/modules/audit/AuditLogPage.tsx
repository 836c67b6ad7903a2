import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { apiUrl } from '../../lib/api/apiUrl';
import { sortByName } from '../../lib/sortByName';
import { useLanguage } from '../../lib/useLanguage';
import { BackLink } from '../../shell/BackLink';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { Notice } from '../../shell/Notice';
import { PageHeading } from '../../shell/PageHeading';
import { useWorkspace } from '../workspaces/useWorkspace';
import { AuditEventTable } from './AuditEventTable';
import { AuditFilterBar } from './AuditFilterBar';
import type { AuditFilters } from './auditApi';
import { readAuditFilters } from './readAuditFilters';
import { useAuditPages } from './useAuditPages';
import { useSetSearchParam } from '../../lib/useSetSearchParam';
import { pagedItems } from '../../lib/pagedItems';

/** Every change in a workspace, for its owners and coordinators, with filters and a CSV export. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const filters = readAuditFilters(params);
  const workspace = useWorkspace(id);
  const reviewer = workspace.data?.role === 'owner' || workspace.data?.role === 'coordinator';
  const events = useAuditPages(id, filters, reviewer);
  const items = pagedItems(events.data);
  const members = sortByName(workspace.data?.members ?? [], (member) => member.displayName, language);
  const memberNames = new Map(members.map((member) => [member.userId, member.displayName]));
  const title = workspace.data ? t('audit.titleOf', { workspace: workspace.data.name }) : t('audit.title');

  const setParam = useSetSearchParam();
  const setFilter = (name: keyof AuditFilters, value: string) => setParam(name, value);

  return (
    <>
      <BackLink to={`/workspaces/${id}`}>{t('audit.backToWorkspace')}</BackLink>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('audit.intro')}</p>
      {workspace.isError && <ErrorState error={workspace.error} onRetry={() => void workspace.refetch()} />}
      {workspace.isPending && <LoadingState />}
      {workspace.data && !reviewer && <Notice kind="info" title={t('audit.onlyReviewers')} />}
      {reviewer && (
        <>
          <AuditFilterBar filters={filters} members={members} onChange={setFilter} />
          <p className="button-row">
            <a
              className="kern-btn kern-btn--secondary"
              href={apiUrl(`/workspaces/${encodeURIComponent(id)}/audit.csv`, { ...filters, lang: language })}
              download
            >
              <span className="kern-icon kern-icon--download" aria-hidden="true" />
              <span className="kern-label">{t('audit.downloadCsv')}</span>
            </a>
          </p>
        </>
      )}
      {reviewer && events.isPending && <LoadingState />}
      {events.data && (
        <>
          <AuditEventTable events={items} memberNames={memberNames} />
          <LoadMore shown={items.length} query={events} />
        </>
      )}
      {events.isError && <ErrorState error={events.error} onRetry={() => void events.refetch()} />}
    </>
  );
}

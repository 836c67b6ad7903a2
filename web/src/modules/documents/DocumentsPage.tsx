import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useEnumSearchParam } from '../../lib/useEnumSearchParam';
import { ErrorState } from '../../shell/ErrorState';
import { FilterBar } from '../../shell/FilterBar';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { PageHeading } from '../../shell/PageHeading';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { SelectField } from '../../shell/SelectField';
import { useSession } from '../accounts/useSession';
import { DocumentTable } from './DocumentTable';
import { ExtractingCount } from './ExtractingCount';
import { DOCUMENT_KINDS, DOCUMENT_LANGUAGES } from './documentApi';
import { useDocumentPages } from './useDocumentPages';
import { MayCreate } from '../accounts/MayCreate';

export function DocumentsPage() {
  const { t } = useTranslation();
  const { workspaces } = useSession();
  const [kind, setKind] = useEnumSearchParam('kind', DOCUMENT_KINDS);
  const [language, setLanguage] = useEnumSearchParam('language', DOCUMENT_LANGUAGES);
  const [workspaceId, setWorkspaceId] = useEnumSearchParam(
    'workspace',
    workspaces.map((workspace) => workspace.id),
  );
  const [params] = useSearchParams();
  const review = params.get('review') === 'pending' ? 'pending' : undefined;
  const query = useDocumentPages({ kind, language, workspaceId, ...(review ? { review } : {}) });
  const documents = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeading title={t('documents.title')}>{t('documents.title')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('documents.intro')}</p>
      <p className="button-row">
        <MayCreate>
          <Link className="kern-btn kern-btn--primary" to="/documents/new">
            <span className="kern-label">{t('documents.create')}</span>
          </Link>
        </MayCreate>
        <MayCreate>
          <Link className="kern-btn kern-btn--secondary" to="/documents/upload">
            <span className="kern-label">{t('upload.open')}</span>
          </Link>
        </MayCreate>
      </p>
      <FilterBar>
        <EnumSelectField
          label={t('documents.kind')}
          value={kind ?? ''}
          emptyLabel={t('documents.allKinds')}
          values={DOCUMENT_KINDS}
          labelOf={(value) => t(`documents.kinds.${value}`)}
          onChange={(value) => setKind(value || undefined)}
        />
        <EnumSelectField
          label={t('documents.language')}
          value={language ?? ''}
          emptyLabel={t('documents.allLanguages')}
          values={DOCUMENT_LANGUAGES}
          labelOf={(value) => t(`forms.inLanguage.${value}`)}
          onChange={(value) => setLanguage(value || undefined)}
        />
        {workspaces.length > 0 && (
          <SelectField
            label={t('forms.workspace')}
            value={workspaceId ?? ''}
            emptyLabel={t('documents.allWorkspaces')}
            options={workspaces.map((workspace) => ({ value: workspace.id, label: workspace.name }))}
            onChange={(value) => setWorkspaceId(value || undefined)}
          />
        )}
      </FilterBar>
      {query.isPending && <LoadingState />}
      {query.data && (
        <>
          <ExtractingCount documents={documents} />
          <DocumentTable documents={documents} />
          <LoadMore shown={documents.length} hasMore={query.hasNextPage} isLoading={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />
        </>
      )}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useEnumSearchParam } from '../../lib/useEnumSearchParam';
import { FilterBar } from '../../shell/FilterBar';
import { ListPage } from '../../shell/ListPage';
import { EnumFilter } from '../../shell/EnumFilter';
import { SelectField } from '../../shell/SelectField';
import { useSession } from '../accounts/useSession';
import { DocumentTable } from './DocumentTable';
import { ExtractingCount } from './ExtractingCount';
import { useDocumentPages } from './useDocumentPages';
import { documentKindValues, documentLanguageValues } from '../../lib/api/enums';
import { pagedItems } from '../../lib/pagedItems';

export function DocumentsPage() {
  const { t } = useTranslation();
  const { workspaces } = useSession();
  const [kind, setKind] = useEnumSearchParam('kind', documentKindValues);
  const [language, setLanguage] = useEnumSearchParam('language', documentLanguageValues);
  const [workspaceId, setWorkspaceId] = useEnumSearchParam(
    'workspace',
    workspaces.map((workspace) => workspace.id),
  );
  const [params] = useSearchParams();
  const review = params.get('review') === 'pending' ? 'pending' : undefined;
  const query = useDocumentPages({ kind, language, workspaceId, ...(review ? { review } : {}) });
  const documents = pagedItems(query.data);

  return (
    <ListPage
      title={t('documents.title')}
      intro={t('documents.intro')}
      create={{ to: '/documents/new', label: t('documents.create') }}
      links={[{ to: '/documents/upload', label: t('upload.open'), mayCreate: true }]}
      query={query}
      shown={documents.length}
      filters={
        <FilterBar active={[kind, language, workspaceId].filter(Boolean).length}>
          <EnumFilter label={t('documents.kind')} value={kind} values={documentKindValues} labels="documents.kinds" allLabel={t('documents.allKinds')} onChange={setKind} />
          <EnumFilter label={t('documents.language')} value={language} values={documentLanguageValues} labels="forms.languageName" allLabel={t('documents.allLanguages')} onChange={setLanguage} />
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
      }
    >
      <ExtractingCount documents={documents} />
      <DocumentTable documents={documents} />
    </ListPage>
  );
}

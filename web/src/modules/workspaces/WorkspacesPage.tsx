import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { PageHeading } from '../../shell/PageHeading';
import { Section } from '../../shell/Section';
import { useMyWorkspaces } from './useMyWorkspaces';
import { WorkspaceCreateForm } from './WorkspaceCreateForm';
import { WorkspaceTable } from './WorkspaceTable';

export function WorkspacesPage() {
  const { t } = useTranslation();
  const query = useMyWorkspaces();
  return (
    <>
      <PageHeading title={t('workspaces.title')}>{t('workspaces.title')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('workspaces.intro')}</p>
      <Section title={t('workspaces.mine')}>
        {query.isPending && <LoadingState />}
        {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
        {query.data && <WorkspaceTable workspaces={query.data.items} />}
      </Section>
      <Section title={t('workspaces.createTitle')}>
        <WorkspaceCreateForm />
      </Section>
    </>
  );
}

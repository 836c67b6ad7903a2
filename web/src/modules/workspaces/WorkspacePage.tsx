import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../shell/BackLink';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { PageHeading } from '../../shell/PageHeading';
import { useSession } from '../accounts/useSession';
import { useWorkspace } from './useWorkspace';
import { WorkspaceView } from './WorkspaceView';

export function WorkspacePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { user } = useSession();
  const query = useWorkspace(id);
  return (
    <>
      <BackLink to="/workspaces">{t('workspaces.backToList')}</BackLink>
      {query.isPending && <LoadingState />}
      {query.isError && (
        <>
          <PageHeading title={t('workspaces.detailFallbackTitle')}>{t('workspaces.detailFallbackTitle')}</PageHeading>
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        </>
      )}
      {query.data && user && <WorkspaceView workspace={query.data} userId={user.id} />}
    </>
  );
}

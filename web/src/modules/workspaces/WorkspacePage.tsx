import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RecordDetailFrame } from '../../shell/RecordDetailFrame';
import { useSession } from '../accounts/useSession';
import { useWorkspace } from './useWorkspace';
import { WorkspaceView } from './WorkspaceView';

export function WorkspacePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { user } = useSession();
  const query = useWorkspace(id);
  return (
    <RecordDetailFrame back={{ to: '/workspaces', label: t('workspaces.backToList') }} query={query} fallbackTitle={t('workspaces.detailFallbackTitle')}>
      {(record) => user && <WorkspaceView workspace={record} userId={user.id} />}
    </RecordDetailFrame>
  );
}

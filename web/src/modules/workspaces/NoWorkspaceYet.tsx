import { useTranslation } from 'react-i18next';
import { CreateWorkspaceLine } from '../../shell/CreateWorkspaceLine';
import { useSession } from '../accounts/useSession';

/**
 * For a signed-in user who has no workspace to write in yet (none at all, or only as a guest):
 * records live in workspaces, so create one or wait for an invitation.
 */
export function NoWorkspaceYet() {
  const { t } = useTranslation();
  const { status, user, workspaces } = useSession();
  if (status !== 'ready' || !user || workspaces.some((workspace) => workspace.role !== 'guest')) return null;
  return (
    <div className="kern-alert kern-alert--info" role="note" aria-labelledby="no-workspace-yet-title">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--info" aria-hidden="true" />
        <span className="kern-title" id="no-workspace-yet-title">
          {t('workspaces.whatNextTitle')}
        </span>
      </div>
      <div className="kern-alert__body">
        <CreateWorkspaceLine />
      </div>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { CreateWorkspaceLine } from '../../shell/CreateWorkspaceLine';
import { useSession } from '../accounts/useSession';

/** For a signed-in user who belongs to no workspace yet: records live in workspaces, so create one or wait for an invitation. */
export function NoWorkspaceYet() {
  const { t } = useTranslation();
  const { status, user, workspaces } = useSession();
  if (status !== 'ready' || !user || workspaces.length > 0) return null;
  return (
    <div className="kern-alert kern-alert--info" role="note" aria-labelledby="no-workspace-yet-title">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--info" aria-hidden="true" />
        <span className="kern-title" id="no-workspace-yet-title">
          {t('workspaces.whatNextTitle')}
        </span>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t('forms.recordsBelongToWorkspace')}</p>
        <CreateWorkspaceLine />
      </div>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../modules/accounts/useSession';

/**
 * Why a signed-in user cannot write records yet (no workspace, or only a guest's role), with a link
 * to create a workspace and the word that an invitation to one does as well.
 */
export function CreateWorkspaceLine() {
  const { t } = useTranslation();
  const { workspaces } = useSession();
  return (
    <>
      <p className="kern-body">{workspaces.length > 0 ? t('forms.onlyGuestInWorkspaces') : t('forms.recordsBelongToWorkspace')}</p>
      <p className="kern-body">
        <Link className="kern-link" to="/workspaces">
          {t('forms.createWorkspace')}
        </Link>{' '}
        {t('forms.orAskForInvitation')}
      </p>
    </>
  );
}

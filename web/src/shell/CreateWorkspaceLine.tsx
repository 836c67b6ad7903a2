import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A link to create a workspace, with the word that an invitation to one does as well. */
export function CreateWorkspaceLine() {
  const { t } = useTranslation();
  return (
    <p className="kern-body">
      <Link className="kern-link" to="/workspaces">
        {t('forms.createWorkspace')}
      </Link>{' '}
      {t('forms.orAskForInvitation')}
    </p>
  );
}

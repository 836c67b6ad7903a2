import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../accounts/useSession';
import { useCurrentWorkspace } from './useCurrentWorkspace';

/**
 * Chooses the current workspace in the header. Choosing only changes the setting (no page
 * change on input, WCAG 3.2.2); the workspace pages are in the user menu.
 */
export function WorkspaceSwitcher() {
  const { t } = useTranslation();
  const { user, workspaces } = useSession();
  const { current, choose } = useCurrentWorkspace();
  const id = useId();
  if (!user || workspaces.length === 0 || !current) return null;
  return (
    <div className="workspace-switcher">
      <label className="kern-label kern-label--small" htmlFor={id}>
        {t('workspaces.switcherLabel')}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select id={id} className="kern-form-input__select workspace-switcher__select" value={current.id} onChange={(event) => choose(event.target.value)}>
          {workspaces.map((workspace) => (
            <option key={workspace.id} value={workspace.id}>
              {workspace.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

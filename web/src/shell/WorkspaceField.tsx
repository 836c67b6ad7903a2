import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateWorkspaceLine } from './CreateWorkspaceLine';
import { Link, useLocation } from 'react-router';
import { useSession } from '../modules/accounts/useSession';
import { useCurrentWorkspace } from '../modules/workspaces/useCurrentWorkspace';
import { SelectField } from './SelectField';

/**
 * The workspace a new record goes into, preset to the current workspace of the header's switcher;
 * explains what is missing when the user has no workspace to create records in: signing in, a
 * workspace of their own (or an invitation to one), or a role above guest.
 */
export function WorkspaceField({ value, onChange, id, error }: { value: string; onChange: (id: string) => void; id?: string; error?: string }) {
  const { t } = useTranslation();
  const { status, workspaces } = useSession();
  const { current } = useCurrentWorkspace();
  const writable = workspaces.filter((workspace) => workspace.role !== 'guest');
  const preset = writable.some((workspace) => workspace.id === current?.id) ? current!.id : writable[0]?.id;

  useEffect(() => {
    if (!value && preset) onChange(preset);
  }, [value, preset, onChange]);

  if (status === 'ready' && writable.length === 0) return <NoWorkspaceToWriteIn />;
  return (
    <SelectField
      label={t('forms.workspace')}
      value={value}
      emptyLabel={t('forms.chooseWorkspace')}
      options={writable.map((workspace) => ({ value: workspace.id, label: workspace.name }))}
      onChange={onChange}
      id={id}
      error={error}
    />
  );
}

function NoWorkspaceToWriteIn() {
  const { t } = useTranslation();
  const { user } = useSession();
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  return (
    <div className="kern-alert kern-alert--info" role="note">
      <div className="kern-alert__body">
        {!user ? (
          <p className="kern-body">
            {t('forms.noWorkspace')}{' '}
            <Link className="kern-link" to={`/sign-in?next=${encodeURIComponent(here)}`}>
              {t('forms.signInToCreate')}
            </Link>
          </p>
        ) : (
          <CreateWorkspaceLine />
        )}
      </div>
    </div>
  );
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../modules/accounts/useSession';
import { useCurrentWorkspace } from '../modules/workspaces/useCurrentWorkspace';
import { SelectField } from './SelectField';

/**
 * The workspace a new record goes into, preset to the current workspace of the header's switcher;
 * explains that signing in is needed when the user has no workspace to create records in.
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

  if (status === 'ready' && writable.length === 0) {
    return (
      <div className="kern-alert kern-alert--info" role="note">
        <div className="kern-alert__body">
          <p className="kern-body">{t('forms.noWorkspace')}</p>
        </div>
      </div>
    );
  }
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

import { useTranslation } from 'react-i18next';
import { SelectField } from './SelectField';
import { useMyWorkspaces } from './useMyWorkspaces';

/** The workspace a new record goes into; explains that signing in is needed when there is none. */
export function WorkspaceField({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const workspaces = useMyWorkspaces();
  const items = workspaces.data ?? [];
  if (workspaces.isSuccess && items.length === 0) {
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
      options={items.map((workspace) => ({ value: workspace.id, label: workspace.name }))}
      onChange={onChange}
    />
  );
}

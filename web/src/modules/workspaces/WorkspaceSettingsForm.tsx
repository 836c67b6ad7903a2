import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../lib/forms/useFormErrors';
import { CheckedForm } from '../../shell/CheckedForm';
import { Notice } from '../../shell/Notice';
import { InputField } from '../../shell/InputField';
import { useWorkspaceChanged } from './useWorkspaceChanged';
import { checkWorkspaceName, WorkspaceDescriptionField } from './WorkspaceFields';
import { workspaceApi, type Workspace } from './workspaceApi';

type Field = 'name' | 'description';

/** Owners rename the workspace and describe it. */
export function WorkspaceSettingsForm({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const workspaceChanged = useWorkspaceChanged();
  const [name, setName] = useState(workspace.name);
  const [description, setDescription] = useState(workspace.description);
  const fields = {
    name: { id: 'settings-name', label: t('workspaces.name') },
    description: { id: 'settings-description', label: t('workspaces.description') },
  };
  const { errors, showRefusal, form, fieldProps } = useFormErrors<Field>(fields);
  const save = useMutation({
    mutationFn: () => workspaceApi.update(workspace.id, { name: name.trim(), description }),
    onSuccess: workspaceChanged,
    onError: showRefusal,
  });

  return (
    <CheckedForm<Field>
      {...form}
      check={() => ({ name: checkWorkspaceName(name, t) })}
      save={{
        mutate: () => {
          save.reset();
          save.mutate();
        },
        isPending: save.isPending,
      }}
      submitLabel={t('workspaces.save')}
      pendingLabel={t('common.saving')}
      quiet
    >
      {save.isSuccess && <Notice kind="success" title={t('workspaces.saved')} />}
      <InputField {...fieldProps('name')} required autoComplete="off" value={name} onChange={setName} maxLength={120} />
      <WorkspaceDescriptionField field={fields.description} value={description} onChange={setDescription} error={errors.fields.description} />
    </CheckedForm>
  );
}

import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldChecks } from '../../lib/forms/fieldChecks';
import { formErrorsOf } from '../../lib/forms/formErrorsOf';
import type { FormErrors } from '../../lib/forms/FormErrors';
import { hasFormErrors } from '../../lib/forms/hasFormErrors';
import { noFormErrors } from '../../lib/forms/noFormErrors';
import { onlyErrors } from '../../lib/forms/onlyErrors';
import { ErrorSummary } from '../../shell/ErrorSummary';
import { Notice } from '../../shell/Notice';
import { SubmitButton } from '../../shell/SubmitButton';
import { TextAreaField } from '../../shell/TextAreaField';
import { TextField } from '../../shell/TextField';
import { useWorkspaceChanged } from './useWorkspaceChanged';
import { workspaceApi, type Workspace } from './workspaceApi';

type Field = 'name' | 'description';

/** Owners rename the workspace and describe it. */
export function WorkspaceSettingsForm({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const workspaceChanged = useWorkspaceChanged();
  const [name, setName] = useState(workspace.name);
  const [description, setDescription] = useState(workspace.description);
  const [errors, setErrors] = useState<FormErrors<Field>>(noFormErrors);
  const save = useMutation({
    mutationFn: () => workspaceApi.update(workspace.id, { name: name.trim(), description }),
    onSuccess: workspaceChanged,
    onError: (error) => setErrors(formErrorsOf(error, { 'body.name': 'name', 'body.description': 'description' }, t)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const found = onlyErrors<Field>({
      name: fieldChecks.required(name, t) ?? (name.trim().length < 2 ? t('fieldMessages.tooShort') : undefined),
    });
    setErrors(found);
    if (!hasFormErrors(found)) {
      save.reset();
      save.mutate();
    }
  };
  const fields = {
    name: { id: 'settings-name', label: t('workspaces.name') },
    description: { id: 'settings-description', label: t('workspaces.description') },
  };

  return (
    <form className="form-stack" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} fields={fields} />
      {save.isSuccess && <Notice kind="success" title={t('workspaces.saved')} />}
      <TextField id={fields.name.id} label={fields.name.label} autoComplete="off" value={name} onChange={setName} error={errors.fields.name} maxLength={120} />
      <TextAreaField
        id={fields.description.id}
        label={fields.description.label}
        value={description}
        onChange={setDescription}
        error={errors.fields.description}
        optional
        maxLength={2000}
      />
      <div className="button-row">
        <SubmitButton label={t('workspaces.save')} pendingLabel={t('common.saving')} pending={save.isPending} variant="secondary" />
      </div>
    </form>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormErrors } from '../../lib/forms/useFormErrors';
import { CheckedForm } from '../../shell/CheckedForm';
import { InputField } from '../../shell/InputField';
import { useRefreshSession } from '../accounts/useRefreshSession';
import { currentWorkspaceStore } from './currentWorkspaceStore';
import { workspaceApi, workspaceKeys } from './workspaceApi';
import { checkWorkspaceName, WorkspaceDescriptionField } from './WorkspaceFields';

type Field = 'name' | 'slug' | 'description';

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/;

/** Creates a workspace with the user as its owner, makes it the current one and opens it. */
export function WorkspaceCreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const refreshSession = useRefreshSession();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [description, setDescription] = useState('');
  const fields = {
    name: { id: 'workspace-name', label: t('workspaces.name') },
    slug: { id: 'workspace-slug', label: t('workspaces.slug') },
    description: { id: 'workspace-description', label: t('workspaces.description') },
  };
  const { errors, showRefusal, form, fieldProps } = useFormErrors<Field>(fields);
  const create = useMutation({
    mutationFn: () =>
      workspaceApi.create({
        name: name.trim(),
        ...(slug.trim() ? { slug: slug.trim() } : {}),
        ...(description.trim() ? { description: description.trim() } : {}),
      }),
    onSuccess: async (workspace) => {
      currentWorkspaceStore.set(workspace.id);
      await refreshSession();
      await queryClient.invalidateQueries({ queryKey: workspaceKeys.all });
      await navigate(`/workspaces/${workspace.id}`);
    },
    onError: showRefusal,
  });

  return (
    <CheckedForm<Field>
      {...form}
      check={() => ({
        name: checkWorkspaceName(name, t),
        slug: slug.trim() && !SLUG.test(slug.trim()) ? t('fieldMessages.slugFormat') : undefined,
      })}
      save={create}
      submitLabel={t('workspaces.create')}
      pendingLabel={t('workspaces.creating')}
    >
      <InputField
        {...fieldProps('name')}
        required
        hint={t('workspaces.nameHint')}
        autoComplete="off"
        value={name}
        onChange={setName}
        maxLength={120}
      />
      <InputField
        {...fieldProps('slug')}
        hint={t('workspaces.slugHint')}
        autoComplete="off"
        value={slug}
        onChange={setSlug}
        maxLength={50}
        spellCheck={false}
      />
      <WorkspaceDescriptionField field={fields.description} value={description} onChange={setDescription} error={errors.fields.description} />
    </CheckedForm>
  );
}

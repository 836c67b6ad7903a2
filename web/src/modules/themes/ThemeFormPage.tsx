import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { fieldError } from '../../lib/fieldError';
import { BackLink } from '../../shell/BackLink';
import { FormAlert } from '../../shell/FormAlert';
import { LoadingState } from '../../shell/LoadingState';
import { PageHeading } from '../../shell/PageHeading';
import { InputField } from '../../shell/InputField';
import { WorkspaceField } from '../../shell/WorkspaceField';
import { ThemeSelect } from './ThemeSelect';
import { themeApi, themeKeys, type ThemeDetail } from './themeApi';
import { useTheme } from './useTheme';

export function ThemeFormPage() {
  const { id } = useParams();
  const existing = useTheme(id);
  if (id && existing.isPending) return <LoadingState />;
  return <ThemeForm key={id ?? 'new'} theme={existing.data} />;
}

/** Adds or renames a theme (owners and coordinators). */
function ThemeForm({ theme }: { theme?: ThemeDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [workspaceId, setWorkspaceId] = useState('');
  const [slug, setSlug] = useState(theme?.slug ?? '');
  const [names, setNames] = useState({ de: theme?.name.de ?? '', en: theme?.name.en ?? '', uk: theme?.name.uk ?? '' });
  const [parentId, setParentId] = useState<string | undefined>(theme?.parentId ?? undefined);
  const save = useMutation({
    mutationFn: () => {
      const body = { slug, name: Object.fromEntries(Object.entries(names).filter(([, value]) => value.trim() !== '')), parentId: parentId ?? null };
      return theme ? themeApi.update(theme.id, body) : themeApi.create({ ...body, workspaceId });
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: themeKeys.all });
      await navigate(`/themes/${saved.id}`);
    },
  });
  const error = (field: string) => fieldError(save.error, `body.${field}`);
  const title = theme ? t('themes.editTitle', { slug: theme.slug }) : t('themes.createTitle');
  return (
    <>
      <BackLink to={theme ? `/themes/${theme.id}` : '/themes'}>{theme ? t('forms.backToRecord') : t('themes.backToList')}</BackLink>
      <PageHeading title={title}>{title}</PageHeading>
      <form
        className="record-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        {!theme && <WorkspaceField value={workspaceId} onChange={setWorkspaceId} />}
        <InputField label={t('themes.slug')} hint={t('themes.slugHint')} value={slug} onChange={setSlug} required error={error('slug')} />
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('themes.names')}</legend>
          <div className="kern-fieldset__body">
            {(['de', 'en', 'uk'] as const).map((tag) => (
              <InputField key={tag} label={t(`places.nameIn.${tag}`)} lang={tag} value={names[tag]} onChange={(value) => setNames((current) => ({ ...current, [tag]: value }))} error={error('name')} />
            ))}
          </div>
        </fieldset>
        <ThemeSelect label={t('themes.parent')} value={parentId ?? ''} emptyLabel={t('themes.noParent')} onChange={setParentId} />
        <FormAlert error={save.error} />
        <div className="button-row">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={save.isPending || (!theme && !workspaceId)}>
            <span className="kern-label">{t('forms.save')}</span>
          </button>
        </div>
      </form>
    </>
  );
}

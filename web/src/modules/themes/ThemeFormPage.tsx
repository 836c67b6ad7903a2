import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyFieldErrors } from '../../lib/fieldError';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { InputField } from '../../shell/InputField';
import { ThemeSelect } from './ThemeSelect';
import { themeApi, themeKeys, type ThemeDetail } from './themeApi';
import { useTheme } from './useTheme';
import { RecordFormFrame, RecordFormLoader } from '../../shell/RecordFormPage';
import { useSaveAndOpen } from '../../lib/useSaveAndOpen';
import { Fieldset } from '../../shell/Fieldset';

export function ThemeFormPage() {
  return <RecordFormLoader useRecord={useTheme} form={ThemeForm} />;
}

/** Adds or renames a theme (owners and coordinators). */
function ThemeForm({ record: theme }: { record?: ThemeDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [workspaceId, setWorkspaceId] = useState('');
  const [slug, setSlug] = useState(theme?.slug ?? '');
  const [names, setNames] = useState({ de: theme?.name.de ?? '', en: theme?.name.en ?? '', uk: theme?.name.uk ?? '' });
  const [parentId, setParentId] = useState<string | undefined>(theme?.parentId ?? undefined);
  const save = useSaveAndOpen(
    () => {
      const body = { slug, name: Object.fromEntries(Object.entries(names).filter(([, value]) => value.trim() !== '')), parentId: parentId ?? null };
      return theme ? themeApi.update(theme.id, body) : themeApi.create({ ...body, workspaceId });
    },
    { refresh: [themeKeys.all], open: (saved) => `/themes/${saved.id}` },
  );
  const error = bodyFieldErrors(save.error);
  const fieldLabels = {
    'body.slug': t('themes.slug'),
    'body.name': t('themes.names'),
    'body.parentId': t('themes.parent'),
  };
  const title = theme ? t('themes.editTitle', { name: pickText(theme.name, language, theme.slug).text }) : t('themes.createTitle');
  return (
    <RecordFormFrame heading={title} back={{ to: theme ? `/themes/${theme.id}` : '/themes', label: theme ? t('forms.backToRecord') : t('themes.backToList') }} workspace={theme ? undefined : { value: workspaceId, onChange: setWorkspaceId }} save={save} fieldLabels={fieldLabels}>
        <InputField label={t('themes.slug')} hint={t('themes.slugHint')} value={slug} onChange={setSlug} required error={error('slug')} />
        <Fieldset legend={t('themes.names')}>
          {(['de', 'en', 'uk'] as const).map((tag) => (
            <InputField key={tag} label={t(`places.nameIn.${tag}`)} lang={tag} value={names[tag]} onChange={(value) => setNames((current) => ({ ...current, [tag]: value }))} error={error('name')} />
          ))}
        </Fieldset>
        <ThemeSelect label={t('themes.parent')} value={parentId ?? ''} emptyLabel={t('themes.noParent')} onChange={setParentId} />
    </RecordFormFrame>
  );
}

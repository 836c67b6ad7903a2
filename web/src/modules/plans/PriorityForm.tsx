import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../lib/api/types';
import { fieldError } from '../../lib/fieldError';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { InlineForm } from '../../shell/InlineForm';
import { ThemeSelect } from '../themes/ThemeSelect';
import { compactText } from './compactText';
import { LocalizedTextFields } from '../../shell/LocalizedTextFields';
import { planApi, type Priority } from './planApi';
import { usePlanChange } from './usePlanChange';

interface Props {
  planId: string;
  /** The priority to change; without it, a new one is added. */
  priority?: Priority;
  onDone?: () => void;
}

/** Adds a cooperation priority (by theme) to a draft plan, or changes one. */
export function PriorityForm({ planId, priority, onDone }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [title, setTitle] = useState<LocalizedText>(priority?.title ?? {});
  const [description, setDescription] = useState<LocalizedText>(priority?.description ?? {});
  const [themeId, setThemeId] = useState<string | undefined>(priority?.theme?.id);
  const save = usePlanChange(planId, () => {
    const body = { title: compactText(title), description: compactText(description), themeId: themeId ?? null };
    return priority ? planApi.updatePriority(planId, priority.id, body) : planApi.addPriority(planId, body);
  });
  const label = priority ? t('plans.editPriorityNamed', { priority: pickText(priority.title, language).text }) : undefined;
  return (
    <InlineForm
      label={label}
      onSubmit={() =>
        save.mutate(undefined, {
          onSuccess: () => {
            if (!priority) {
              setTitle({});
              setDescription({});
            }
            onDone?.();
          },
        })
      }
      pending={save.isPending}
      error={save.error}
      submitLabel={priority ? t('forms.save') : t('plans.addPriority')}
      quiet={!priority}
      onCancel={onDone}
    >
      <LocalizedTextFields legend={t('plans.priorityTitle')} value={title} onChange={setTitle} error={fieldError(save.error, 'body.title')} required languageHint={false} compact />
      {priority && <LocalizedTextFields legend={t('plans.priorityDescription')} value={description} onChange={setDescription} multiline compact />}
      <ThemeSelect label={t('plans.priorityTheme')} value={themeId ?? ''} emptyLabel={t('plans.noTheme')} onChange={setThemeId} />
    </InlineForm>
  );
}

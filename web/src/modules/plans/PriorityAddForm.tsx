import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../lib/api/types';
import { fieldError } from '../../lib/fieldError';
import { FormAlert } from '../../shell/FormAlert';
import { ThemeSelect } from '../themes/ThemeSelect';
import { compactText } from './compactText';
import { LocalizedTextFields } from './LocalizedTextFields';
import { usePlanChange } from './usePlanChange';

/** Adds a cooperation priority (by theme) to a draft plan. */
export function PriorityAddForm({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState<LocalizedText>({});
  const [themeId, setThemeId] = useState<string | undefined>();
  const add = usePlanChange(planId, () => ({ method: 'POST', path: `/action-plans/${planId}/priorities`, body: { title: compactText(title), themeId: themeId ?? null } }));
  return (
    <form
      className="record-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate(undefined, { onSuccess: () => setTitle({}) });
      }}
    >
      <LocalizedTextFields legend={t('plans.priorityTitle')} value={title} onChange={setTitle} error={fieldError(add.error, 'body.title')} required />
      <ThemeSelect label={t('plans.priorityTheme')} value={themeId ?? ''} emptyLabel={t('plans.noTheme')} onChange={setThemeId} />
      <FormAlert error={add.error} />
      <div className="button-row">
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={add.isPending}>
          <span className="kern-label">{t('plans.addPriority')}</span>
        </button>
      </div>
    </form>
  );
}

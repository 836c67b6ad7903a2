import { useTranslation } from 'react-i18next';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { ConfirmButton } from '../../shell/ConfirmButton';
import { FormAlert } from '../../shell/FormAlert';
import { planApi, type Priority } from './planApi';
import { usePlanChange } from './usePlanChange';

/**
 * Change or remove a priority of a draft plan. A priority with measures is not removed: its
 * measures would lose their place, so the page says what has to happen first.
 */
export function PriorityActions({ planId, priority, measureCount, onEdit }: { planId: string; priority: Priority; measureCount: number; onEdit: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = pickText(priority.title, language).text;
  const remove = usePlanChange(planId, () => planApi.removePriority(planId, priority.id));
  return (
    <>
      <div className="button-row">
        <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" onClick={onEdit} aria-label={t('plans.editPriorityNamed', { priority: name })}>
          <span className="kern-label">{t('forms.edit')}</span>
        </button>
        {measureCount === 0 && (
          <ConfirmButton
            label={t('common.remove')}
            accessibleLabel={t('plans.removePriorityNamed', { priority: name })}
            question={t('plans.removePriorityQuestion', { priority: name })}
            confirmLabel={t('common.remove')}
            pending={remove.isPending}
            onConfirm={() => remove.mutate(undefined)}
          />
        )}
      </div>
      {measureCount > 0 && <p className="kern-body kern-body--small">{t('plans.priorityKeptForMeasures', { count: measureCount })}</p>}
      <FormAlert error={remove.error} />
    </>
  );
}

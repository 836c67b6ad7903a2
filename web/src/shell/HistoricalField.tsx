import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from './Badge';

/** The checkbox that marks a plan or project as recorded after the fact, with what it changes. */
export function HistoricalField({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="kern-form-check">
      <input id={id} className="kern-form-check__checkbox" type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} aria-describedby={`${id}-hint`} />
      <label className="kern-label" htmlFor={id}>
        {t('records.historical')}
      </label>
      <div className="kern-hint" id={`${id}-hint`}>
        {t('records.historicalHint')}
      </div>
    </div>
  );
}

/** Says on a record's page that it was recorded after the fact. */
export function HistoricalBadge() {
  const { t } = useTranslation();
  return <Badge>{t('records.historicalBadge')}</Badge>;
}

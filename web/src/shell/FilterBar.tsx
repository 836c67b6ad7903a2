import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Fieldset } from './Fieldset';

/**
 * A group of filter fields above a list. On small screens the fields wait behind a button, so the
 * list starts on the first screen; `active` counts the filters in use and is shown on the button.
 */
export function FilterBar({ children, active = 0 }: { children: ReactNode; active?: number }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="filter-bar" data-open={open}>
      <button type="button" className="kern-btn kern-btn--secondary filter-bar__toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen((value) => !value)}>
        <span className={`kern-icon ${open ? 'kern-icon--close' : 'kern-icon--search'}`} aria-hidden="true" />
        <span className="kern-label">{active > 0 ? t('common.filtersActive', { count: active }) : t('common.filters')}</span>
      </button>
      <Fieldset id={id} legend={t('common.filters')} className="filter-bar__fields" bodyClassName="kern-fieldset__body--horizontal">
        {children}
      </Fieldset>
    </div>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A group of filter fields above a list. */
export function FilterBar({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <fieldset className="kern-fieldset filter-bar">
      <legend className="kern-label">{t('common.filters')}</legend>
      <div className="kern-fieldset__body kern-fieldset__body--horizontal">{children}</div>
    </fieldset>
  );
}

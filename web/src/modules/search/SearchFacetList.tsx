import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/formatNumber';
import { useLanguage } from '../../lib/useLanguage';
import type { FacetValue } from './searchApi';

interface Props {
  title: string;
  values: FacetValue[];
  chosen: string | undefined;
  labelOf: (value: FacetValue) => string;
  onChoose: (value: string | undefined) => void;
}

/** One facet as a list of toggle buttons with counts; the chosen value filters the results. */
export function SearchFacetList({ title, values, chosen, labelOf, onChoose }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  if (values.length === 0 && !chosen) return null;
  return (
    <section className="search-facet" aria-labelledby={headingId}>
      <h3 id={headingId} className="kern-heading-small">
        {title}
      </h3>
      <ul className="search-facet__list">
        {values.map((value) => (
          <li key={value.value}>
            <button
              type="button"
              className="search-facet__option"
              aria-pressed={chosen === value.value}
              onClick={() => onChoose(chosen === value.value ? undefined : value.value)}
            >
              <span>{labelOf(value)}</span> <span className="search-facet__count">({formatNumber(value.count, language)})</span>
            </button>
          </li>
        ))}
        {chosen && (
          <li>
            <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => onChoose(undefined)}>
              <span className="kern-label">{t('search.clearFacet', { facet: title })}</span>
            </button>
          </li>
        )}
      </ul>
    </section>
  );
}

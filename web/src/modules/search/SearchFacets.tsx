import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../lib/countryName';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { SearchFacetList } from './SearchFacetList';
import type { SearchFacets as Facets, SearchFilters } from './searchApi';
import type { FacetName } from './useSearchFilters';

/** The facets type, theme, country and year beside the results. */
export function SearchFacets({ facets, filters, onFilter }: { facets: Facets; filters: SearchFilters; onFilter: (name: FacetName, value: string | undefined) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const themeLabels = new Map(facets.theme.map((theme) => [theme.value, theme.label]));
  return (
    <aside className="search-facets" aria-label={t('search.facets')}>
      <FoldedOnPhones title={t('search.facets')}>
        <SearchFacetList title={t('search.facetType')} values={facets.type} chosen={filters.type} labelOf={(value) => t(`search.type.${value.value}`, { defaultValue: value.value })} onChoose={(value) => onFilter('type', value)} />
        <SearchFacetList
          title={t('search.facetTheme')}
          values={facets.theme}
          chosen={filters.theme}
          labelOf={(value) => pickText(themeLabels.get(value.value), language, value.value).text}
          onChoose={(value) => onFilter('theme', value)}
        />
        <SearchFacetList title={t('search.facetCountry')} values={facets.country} chosen={filters.country} labelOf={(value) => countryName(value.value, language)} onChoose={(value) => onFilter('country', value)} />
        <SearchFacetList title={t('search.facetYear')} values={facets.year} chosen={filters.year} labelOf={(value) => value.value} onChoose={(value) => onFilter('year', value)} />
      </FoldedOnPhones>
    </aside>
  );
}

const PHONE = '(max-width: 48rem)';

/**
 * The facets beside the results on a wide screen; on a phone, where they would stand above the
 * results and push them out of sight, folded under their title until opened.
 */
function FoldedOnPhones({ title, children }: { title: string; children: ReactNode }) {
  const [onPhone] = useState(() => typeof window !== 'undefined' && window.matchMedia(PHONE).matches);
  if (!onPhone) {
    return (
      <>
        <h2 className="kern-heading-medium">{title}</h2>
        {children}
      </>
    );
  }
  return (
    <details className="search-facets__fold">
      <summary className="kern-heading-small">{title}</summary>
      {children}
    </details>
  );
}

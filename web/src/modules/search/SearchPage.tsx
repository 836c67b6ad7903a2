import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/formatNumber';
import { useLanguage } from '../../lib/useLanguage';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { PageHeading } from '../../shell/PageHeading';
import { SearchFacets } from './SearchFacets';
import { SearchHitList } from './SearchHitList';
import { SearchNotices } from './SearchNotices';
import { SearchPlaces } from './SearchPlaces';
import { useSearch } from './useSearch';
import { useSearchFilters } from './useSearchFilters';
import { pagedItems } from '../../lib/pagedItems';

/** One search over records and documents, with facets, highlighted passages and "Load more". */
export function SearchPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [filters, setFilter] = useSearchFilters();
  const query = useSearch(filters);
  const first = query.data?.pages[0];
  const hits = pagedItems(query.data);
  const title = filters.q ? t('search.titleFor', { q: filters.q }) : t('search.title');

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {!filters.q && <p className="kern-body kern-body--large page-intro">{t('search.intro')}</p>}
      {filters.q && query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {first && (
        <div className="search-layout">
          {first.facets && <SearchFacets facets={first.facets} filters={filters} onFilter={setFilter} />}
          <section className="search-results" aria-label={t('search.results')} aria-busy={query.isFetching && !query.isFetchingNextPage}>
            <p className="kern-body" role="status">
              {t(first.estimated ? 'search.totalEstimated' : 'search.total', { count: first.total, formatted: formatNumber(first.total, language) })}
            </p>
            <SearchNotices result={first} query={filters.q} />
            <SearchPlaces places={first.places} />
            {hits.length === 0 ? (
              <p className="kern-body">{t('search.empty')}</p>
            ) : (
              <>
                <SearchHitList hits={hits} />
                <LoadMore shown={hits.length} query={query} />
              </>
            )}
          </section>
        </div>
      )}
    </>
  );
}

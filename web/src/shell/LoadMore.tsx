import { useTranslation } from 'react-i18next';

/** What "load more" needs of a paged list query (`useInfiniteQuery`). */
export interface MorePages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** "Load more" for a cursor-paginated list, with a live count of the entries shown. */
export function LoadMore({ shown, query }: { shown: number; query: MorePages }) {
  const { t } = useTranslation();
  const hasMore = query.hasNextPage;
  return (
    <div className="load-more">
      <p className="kern-body kern-body--small" role="status">
        {t('common.shownCount', { count: shown })}
        {!hasMore && shown > 0 ? ` · ${t('common.allMoreShown')}` : ''}
      </p>
      {hasMore && (
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          <span className="kern-label">{query.isFetchingNextPage ? t('common.loadingMore') : t('common.loadMore')}</span>
        </button>
      )}
    </div>
  );
}

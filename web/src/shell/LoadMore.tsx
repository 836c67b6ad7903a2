import { useTranslation } from 'react-i18next';

interface Props {
  shown: number;
  hasMore: boolean;
  isLoading: boolean;
  onLoadMore: () => void;
}

/** "Load more" for a cursor-paginated list, with a live count of the entries shown. */
export function LoadMore({ shown, hasMore, isLoading, onLoadMore }: Props) {
  const { t } = useTranslation();
  return (
    <div className="load-more">
      <p className="kern-body kern-body--small" role="status">
        {t('common.shownCount', { count: shown })}
        {!hasMore && shown > 0 ? ` · ${t('common.allMoreShown')}` : ''}
      </p>
      {hasMore && (
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onLoadMore} disabled={isLoading}>
          <span className="kern-label">{isLoading ? t('common.loadingMore') : t('common.loadMore')}</span>
        </button>
      )}
    </div>
  );
}

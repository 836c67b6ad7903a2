import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumSearchParam } from '../../lib/useEnumSearchParam';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { PageHeading } from '../../shell/PageHeading';
import { EXCHANGE_KINDS } from './exchangeApi';
import { ExchangeKindFilterBar } from './ExchangeKindFilterBar';
import { ExchangeTable } from './ExchangeTable';
import { useExchangePages } from './useExchangePages';
import { MayCreate } from '../accounts/MayCreate';

export function ExchangesPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useEnumSearchParam('kind', EXCHANGE_KINDS);
  const query = useExchangePages({ kind, order: 'newest' });
  const exchanges = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeading title={t('exchanges.title')}>{t('exchanges.title')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('exchanges.intro')}</p>
      <p className="button-row">
        <MayCreate>
          <Link className="kern-btn kern-btn--primary" to="/exchanges/new">
            <span className="kern-label">{t('exchanges.create')}</span>
          </Link>
        </MayCreate>
        <Link className="kern-btn kern-btn--secondary" to="/dashboard">
          <span className="kern-label">{t('dashboard.title')}</span>
        </Link>
      </p>
      <ExchangeKindFilterBar kind={kind} onKindChange={setKind} />
      {query.isPending && <LoadingState />}
      {query.data && (
        <>
          <ExchangeTable exchanges={exchanges} />
          <LoadMore
            shown={exchanges.length}
            hasMore={query.hasNextPage}
            isLoading={query.isFetchingNextPage}
            onLoadMore={() => void query.fetchNextPage()}
          />
        </>
      )}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
    </>
  );
}

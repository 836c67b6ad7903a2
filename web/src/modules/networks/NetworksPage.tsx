import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumSearchParam } from '../../lib/useEnumSearchParam';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { PageHeading } from '../../shell/PageHeading';
import { NetworkCadenceFilterBar } from './NetworkCadenceFilterBar';
import { NETWORK_CADENCES } from './networkApi';
import { NetworkTable } from './NetworkTable';
import { useNetworkPages } from './useNetworkPages';
import { MayCreate } from '../accounts/MayCreate';

export function NetworksPage() {
  const { t } = useTranslation();
  const [cadence, setCadence] = useEnumSearchParam('cadence', NETWORK_CADENCES);
  const query = useNetworkPages({ cadence });
  const networks = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeading title={t('networks.title')}>{t('networks.title')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('networks.intro')}</p>
      <div className="button-row">
        <MayCreate>
          <Link className="kern-btn kern-btn--primary" to="/networks/new">
            <span className="kern-label">{t('networks.create')}</span>
          </Link>
        </MayCreate>
      </div>
      <NetworkCadenceFilterBar cadence={cadence} onCadenceChange={setCadence} />
      {query.isPending && <LoadingState />}
      {query.data && (
        <>
          <NetworkTable networks={networks} />
          <LoadMore
            shown={networks.length}
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

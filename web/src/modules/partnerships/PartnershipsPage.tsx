import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEnumSearchParam } from '../../lib/useEnumSearchParam';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { PageHeading } from '../../shell/PageHeading';
import { PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES } from './partnershipApi';
import { PartnershipFilterBar } from './PartnershipFilterBar';
import { PartnershipTable } from './PartnershipTable';
import { usePartnershipPages } from './usePartnershipPages';
import { MayCreate } from '../accounts/MayCreate';

export function PartnershipsPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useEnumSearchParam('kind', PARTNERSHIP_KINDS);
  const [status, setStatus] = useEnumSearchParam('status', PARTNERSHIP_STATUSES);
  const query = usePartnershipPages({ kind, status });
  const partnerships = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeading title={t('partnerships.title')}>{t('partnerships.title')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('partnerships.intro')}</p>
      <p className="button-row">
        <MayCreate>
          <Link className="kern-btn kern-btn--primary" to="/partnerships/new">
            <span className="kern-label">{t('partnerships.create')}</span>
          </Link>
        </MayCreate>
        <Link className="kern-btn kern-btn--secondary" to="/partnerships/map">
          <span className="kern-label">{t('partnerships.showMap')}</span>
        </Link>
      </p>
      <PartnershipFilterBar kind={kind} status={status} onKindChange={setKind} onStatusChange={setStatus} />
      {query.isPending && <LoadingState />}
      {query.data && (
        <>
          <PartnershipTable partnerships={partnerships} />
          <LoadMore
            shown={partnerships.length}
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

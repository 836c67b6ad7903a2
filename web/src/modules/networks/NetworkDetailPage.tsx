import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../shell/BackLink';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { PageHeading } from '../../shell/PageHeading';
import { NetworkDetailView } from './NetworkDetailView';
import { useNetwork } from './useNetwork';

export function NetworkDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useNetwork(id);
  return (
    <>
      <BackLink to="/networks">{t('networks.backToList')}</BackLink>
      {query.isPending && <LoadingState />}
      {query.isError && (
        <>
          <PageHeading title={t('networks.detailFallbackTitle')}>{t('networks.detailFallbackTitle')}</PageHeading>
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        </>
      )}
      {query.data && <NetworkDetailView network={query.data} />}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../shell/BackLink';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { PageHeading } from '../../shell/PageHeading';
import { PartnershipDetailView } from './PartnershipDetailView';
import { usePartnership } from './usePartnership';

export function PartnershipDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = usePartnership(id);
  return (
    <>
      <BackLink to="/partnerships">{t('partnerships.backToList')}</BackLink>
      {query.isPending && <LoadingState />}
      {query.isError && (
        <>
          <PageHeading title={t('partnerships.detailFallbackTitle')}>{t('partnerships.detailFallbackTitle')}</PageHeading>
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        </>
      )}
      {query.data && <PartnershipDetailView partnership={query.data} />}
    </>
  );
}

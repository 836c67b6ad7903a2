import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../shell/BackLink';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { PageHeading } from '../../shell/PageHeading';
import { ExchangeDetailView } from './ExchangeDetailView';
import { useExchange } from './useExchange';

export function ExchangeDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useExchange(id);
  return (
    <>
      <BackLink to="/exchanges">{t('exchanges.backToList')}</BackLink>
      {query.isPending && <LoadingState />}
      {query.isError && (
        <>
          <PageHeading title={t('exchanges.detailFallbackTitle')}>{t('exchanges.detailFallbackTitle')}</PageHeading>
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        </>
      )}
      {query.data && <ExchangeDetailView exchange={query.data} />}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../shell/BackLink';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { PageHeading } from '../../shell/PageHeading';
import { PlaceDetailView } from './PlaceDetailView';
import { usePlace } from './usePlace';

export function PlaceDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = usePlace(id);
  return (
    <>
      <BackLink to="/places">{t('places.backToList')}</BackLink>
      {query.isPending && <LoadingState />}
      {query.isError && (
        <>
          <PageHeading title={t('places.detailFallbackTitle')}>{t('places.detailFallbackTitle')}</PageHeading>
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        </>
      )}
      {query.data && <PlaceDetailView place={query.data} />}
    </>
  );
}

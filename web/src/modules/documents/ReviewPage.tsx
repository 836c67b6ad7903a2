import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../shell/BackLink';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { PageHeading } from '../../shell/PageHeading';
import { ReviewView } from './ReviewView';
import { useReview } from './useReview';

export function ReviewPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useReview(id);
  return (
    <>
      <BackLink to={`/documents/${id ?? ''}`}>{t('documents.backToDocument')}</BackLink>
      {query.isPending && <LoadingState />}
      {query.isError && (
        <>
          <PageHeading title={t('review.fallbackTitle')}>{t('review.fallbackTitle')}</PageHeading>
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        </>
      )}
      {query.data && <ReviewView review={query.data} />}
    </>
  );
}

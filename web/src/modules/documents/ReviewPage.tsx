import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RecordDetailFrame } from '../../shell/RecordDetailFrame';
import { ReviewView } from './ReviewView';
import { useReview } from './useReview';

export function ReviewPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useReview(id);
  return (
    <RecordDetailFrame back={{ to: `/documents/${id ?? ''}`, label: t('documents.backToDocument') }} query={query} fallbackTitle={t('review.fallbackTitle')}>
      {(record) => <ReviewView review={record} />}
    </RecordDetailFrame>
  );
}

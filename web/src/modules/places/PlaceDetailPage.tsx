import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RecordDetailFrame } from '../../shell/RecordDetailFrame';
import { PlaceDetailView } from './PlaceDetailView';
import { usePlace } from './usePlace';

export function PlaceDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = usePlace(id);
  return (
    <RecordDetailFrame back={{ to: '/places', label: t('places.backToList') }} query={query} fallbackTitle={t('places.detailFallbackTitle')}>
      {(record) => <PlaceDetailView place={record} />}
    </RecordDetailFrame>
  );
}

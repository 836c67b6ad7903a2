import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RecordDetailFrame } from '../../shell/RecordDetailFrame';
import { PartnershipDetailView } from './PartnershipDetailView';
import { usePartnership } from './usePartnership';

export function PartnershipDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = usePartnership(id);
  return (
    <RecordDetailFrame back={{ to: '/partnerships', label: t('partnerships.backToList') }} query={query} fallbackTitle={t('partnerships.detailFallbackTitle')}>
      {(record) => <PartnershipDetailView partnership={record} />}
    </RecordDetailFrame>
  );
}

import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RecordDetailFrame } from '../../shell/RecordDetailFrame';
import { NetworkDetailView } from './NetworkDetailView';
import { useNetwork } from './useNetwork';

export function NetworkDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useNetwork(id);
  return (
    <RecordDetailFrame back={{ to: '/networks', label: t('networks.backToList') }} query={query} fallbackTitle={t('networks.detailFallbackTitle')}>
      {(record) => <NetworkDetailView network={record} />}
    </RecordDetailFrame>
  );
}

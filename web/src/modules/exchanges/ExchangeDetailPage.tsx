import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RecordDetailFrame } from '../../shell/RecordDetailFrame';
import { ExchangeDetailView } from './ExchangeDetailView';
import { useExchange } from './useExchange';

export function ExchangeDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useExchange(id);
  return (
    <RecordDetailFrame back={{ to: '/exchanges', label: t('exchanges.backToList') }} query={query} fallbackTitle={t('exchanges.detailFallbackTitle')}>
      {(record) => <ExchangeDetailView exchange={record} />}
    </RecordDetailFrame>
  );
}

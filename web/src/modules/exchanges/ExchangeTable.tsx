import { useTranslation } from 'react-i18next';
import { LocalizedText } from '../../shell/LocalizedText';
import { RecordTable } from '../../shell/RecordTable';
import { ExchangeDates } from './ExchangeDates';
import type { ExchangeSummary } from './exchangeApi';
import { SeriesPart } from './SeriesPart';
import { VenueName } from './VenueName';

export function ExchangeTable({ exchanges }: { exchanges: ExchangeSummary[] }) {
  const { t } = useTranslation();
  return (
    <RecordTable
      caption={t('exchanges.caption')}
      empty={t('exchanges.empty')}
      rows={exchanges}
      columns={[
        { header: t('exchanges.columnTitle'), cell: (exchange) => <LocalizedText value={exchange.title} />, link: (exchange) => `/exchanges/${exchange.id}` },
        { header: t('exchanges.columnKind'), cell: (exchange) => t(`enums.exchangeKind.${exchange.kind}`) },
        { header: t('exchanges.columnDates'), cell: (exchange) => <ExchangeDates startDate={exchange.startDate} endDate={exchange.endDate} /> },
        { header: t('exchanges.columnVenue'), cell: (exchange) => <VenueName exchange={exchange} /> },
        { header: t('exchanges.columnSeries'), cell: (exchange) => exchange.series && <SeriesPart series={exchange.series} link />, cellClass: () => 'nowrap' },
      ]}
    />
  );
}

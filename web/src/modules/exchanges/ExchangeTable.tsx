import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalizedText } from '../../shell/LocalizedText';
import { ExchangeDates } from './ExchangeDates';
import type { ExchangeSummary } from './exchangeApi';
import { SeriesPart } from './SeriesPart';
import { VenueName } from './VenueName';
import { TableScroll } from '../../shell/TableScroll';

export function ExchangeTable({ exchanges }: { exchanges: ExchangeSummary[] }) {
  const { t } = useTranslation();
  if (exchanges.length === 0) return <p className="kern-body">{t('exchanges.empty')}</p>;
  return (
    <TableScroll>
      <table className="kern-table">
        <caption className="kern-sr-only">{t('exchanges.caption')}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('exchanges.columnTitle')}</th>
            <th scope="col" className="kern-table__header">{t('exchanges.columnKind')}</th>
            <th scope="col" className="kern-table__header">{t('exchanges.columnDates')}</th>
            <th scope="col" className="kern-table__header">{t('exchanges.columnVenue')}</th>
            <th scope="col" className="kern-table__header">{t('exchanges.columnSeries')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {exchanges.map((exchange) => (
            <tr key={exchange.id} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                <Link className="kern-link" to={`/exchanges/${exchange.id}`}>
                  <LocalizedText value={exchange.title} />
                </Link>
              </th>
              <td className="kern-table__cell">{t(`enums.exchangeKind.${exchange.kind}`)}</td>
              <td className="kern-table__cell">
                <ExchangeDates startDate={exchange.startDate} endDate={exchange.endDate} />
              </td>
              <td className="kern-table__cell">
                <VenueName exchange={exchange} />
              </td>
              <td className="kern-table__cell nowrap">{exchange.series && <SeriesPart series={exchange.series} link />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../lib/formatNumber';
import { useLanguage } from '../../lib/useLanguage';
import { PlaceName } from '../../shell/PlaceName';
import { NetworkName } from './NetworkName';
import type { NetworkSummary } from './networkApi';
import { TableScroll } from '../../shell/TableScroll';

export function NetworkTable({ networks }: { networks: NetworkSummary[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (networks.length === 0) return <p className="kern-body">{t('networks.empty')}</p>;
  return (
    <TableScroll>
      <table className="kern-table">
        <caption className="kern-sr-only">{t('networks.caption')}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('networks.columnName')}</th>
            <th scope="col" className="kern-table__header">{t('networks.columnCadence')}</th>
            <th scope="col" className="kern-table__header">{t('networks.columnRegion')}</th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">{t('networks.columnMembers')}</th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">{t('networks.columnFounded')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {networks.map((network) => (
            <tr key={network.id} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                <Link className="kern-link" to={`/networks/${network.id}`}>
                  <NetworkName network={network} />
                </Link>
              </th>
              <td className="kern-table__cell">{t(`enums.networkCadence.${network.cadence}`)}</td>
              <td className="kern-table__cell">{network.region && <PlaceName place={network.region} />}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(network.memberCount, language)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{network.foundedYear ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalizedText } from '../../shell/LocalizedText';
import { PartnershipSince } from './PartnershipSince';
import type { PartnershipSummary } from './partnershipApi';
import { PartyNames } from './PartyNames';
import { TableScroll } from '../../shell/TableScroll';

export function PartnershipTable({ partnerships }: { partnerships: PartnershipSummary[] }) {
  const { t } = useTranslation();
  if (partnerships.length === 0) return <p className="kern-body">{t('partnerships.empty')}</p>;
  return (
    <TableScroll>
      <table className="kern-table">
        <caption className="kern-sr-only">{t('partnerships.caption')}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('partnerships.columnTitle')}</th>
            <th scope="col" className="kern-table__header">{t('partnerships.columnKind')}</th>
            <th scope="col" className="kern-table__header">{t('partnerships.columnParties')}</th>
            <th scope="col" className="kern-table__header">{t('partnerships.columnSince')}</th>
            <th scope="col" className="kern-table__header">{t('partnerships.columnStatus')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {partnerships.map((partnership) => (
            <tr key={partnership.id} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                <Link className="kern-link" to={`/partnerships/${partnership.id}`}>
                  <LocalizedText value={partnership.title} />
                </Link>
              </th>
              <td className="kern-table__cell">{t(`enums.partnershipKind.${partnership.kind}`)}</td>
              <td className="kern-table__cell">
                <PartyNames parties={partnership.parties} />
              </td>
              <td className="kern-table__cell">
                <PartnershipSince since={partnership.since} precision={partnership.sincePrecision} />
              </td>
              <td className="kern-table__cell">{t(`enums.partnershipStatus.${partnership.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

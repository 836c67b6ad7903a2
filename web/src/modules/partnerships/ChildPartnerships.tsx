import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/formatDate';
import { useLanguage } from '../../lib/useLanguage';
import { LocalizedText } from '../../shell/LocalizedText';
import type { PartnershipDetail } from './partnershipApi';
import { TableScroll } from '../../shell/TableScroll';

/** The district and project partnerships inside this one, each with its newest activity. */
export function ChildPartnerships({ partnership }: { partnership: PartnershipDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <TableScroll>
      <table className="kern-table kern-table--small">
        <caption className="kern-sr-only">{t('partnerships.childrenCaption')}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('partnerships.columnChild')}</th>
            <th scope="col" className="kern-table__header">{t('partnerships.columnKind')}</th>
            <th scope="col" className="kern-table__header">{t('partnerships.columnLatestActivity')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {partnership.children.map((child) => (
            <tr key={child.id} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                <Link className="kern-link" to={`/partnerships/${child.id}`}>
                  <LocalizedText value={child.title} />
                </Link>
              </th>
              <td className="kern-table__cell">{t(`enums.partnershipKind.${child.kind}`)}</td>
              <td className="kern-table__cell">
                {child.latestActivity ? (
                  <>
                    <time dateTime={child.latestActivity.date}>{formatDate(child.latestActivity.date, language, 'medium')}</time>
                    {': '}
                    <Link className="kern-link" to={child.latestActivity.path}>
                      <LocalizedText value={child.latestActivity.title} />
                    </Link>
                  </>
                ) : (
                  t('partnerships.noActivityYet')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

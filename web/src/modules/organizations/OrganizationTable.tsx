import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { OrganizationName } from '../../shell/OrganizationName';
import { PlaceName } from '../../shell/PlaceName';
import type { OrganizationSummary } from './organizationApi';
import { TableScroll } from '../../shell/TableScroll';

export function OrganizationTable({ organizations, caption }: { organizations: OrganizationSummary[]; caption: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (organizations.length === 0) return <p className="kern-body">{t('organizations.empty')}</p>;
  return (
    <TableScroll>
      <table className="kern-table">
        <caption className="kern-sr-only">{caption}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('organizations.columnName')}</th>
            <th scope="col" className="kern-table__header">{t('organizations.columnKind')}</th>
            <th scope="col" className="kern-table__header">{t('organizations.columnSeat')}</th>
            <th scope="col" className="kern-table__header">{t('organizations.columnThemes')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {organizations.map((organization) => (
            <tr key={organization.id} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                <Link className="kern-link" to={`/organizations/${organization.id}`}>
                  <OrganizationName organization={organization} />
                </Link>
              </th>
              <td className="kern-table__cell">{t(`enums.organizationKind.${organization.kind}`)}</td>
              <td className="kern-table__cell">{organization.seat && <PlaceName place={organization.seat} />}</td>
              <td className="kern-table__cell">{organization.themes.map((theme) => pickText(theme.name, language, theme.slug).text).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

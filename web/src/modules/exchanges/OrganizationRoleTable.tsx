import { useTranslation } from 'react-i18next';
import { OrganizationName } from '../../shell/OrganizationName';
import type { ExchangeDetail } from './exchangeApi';
import { TableScroll } from '../../shell/TableScroll';

/** Who hosted, organised, implemented or funded an exchange. */
export function OrganizationRoleTable({ organizations }: { organizations: ExchangeDetail['organizations'] }) {
  const { t } = useTranslation();
  if (organizations.length === 0) return <p className="kern-body">{t('exchanges.organizationsEmpty')}</p>;
  return (
    <TableScroll>
      <table className="kern-table">
        <caption className="kern-sr-only">{t('exchanges.organizationsCaption')}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('exchanges.columnOrganization')}</th>
            <th scope="col" className="kern-table__header">{t('exchanges.columnRole')}</th>
            <th scope="col" className="kern-table__header">{t('exchanges.columnOrganizationKind')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {organizations.map(({ role, organization }) => (
            <tr key={`${organization.id}:${role}`} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                <OrganizationName organization={organization} />
              </th>
              <td className="kern-table__cell">{t(`enums.organizationRole.${role}`)}</td>
              <td className="kern-table__cell">{t(`enums.organizationKind.${organization.kind}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

import { useTranslation } from 'react-i18next';
import { countryName } from '../../lib/countryName';
import { formatNumber } from '../../lib/formatNumber';
import { useLanguage } from '../../lib/useLanguage';
import { DelegationActions } from './DelegationActions';
import { DelegationOrigin } from './DelegationOrigin';
import { delegationTotals } from './delegationTotals';
import type { Delegation, ExchangeDetail } from './exchangeApi';
import { TableScroll } from '../../shell/TableScroll';

interface Props {
  exchange: ExchangeDetail;
  /** Opens the form to change a delegation; given to those who may edit the exchange. */
  onEdit?: (delegation: Delegation) => void;
  /** Opens the registration form with the delegation chosen. */
  onRegister?: (delegation: Delegation) => void;
}

/** The delegations of an exchange with their size and make-up, and the totals. */
export function DelegationTable({ exchange, onEdit, onRegister }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { delegations } = exchange;
  if (delegations.length === 0) return <p className="kern-body">{t('exchanges.delegationsEmpty')}</p>;
  const totals = delegationTotals(delegations);
  return (
    <TableScroll>
      <table className="kern-table kern-table--striped delegation-table">
        <caption className="kern-sr-only">{t('exchanges.delegationsCaption')}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('exchanges.columnFrom')}</th>
            <th scope="col" className="kern-table__header">{t('exchanges.columnCountry')}</th>
            <th scope="col" className="kern-table__header">{t('exchanges.columnSectors')}</th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">{t('exchanges.columnSize')}</th>
            {onEdit && <th scope="col" className="kern-table__header">{t('common.actions')}</th>}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {delegations.map((delegation) => (
            <tr key={delegation.id} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                <DelegationOrigin delegation={delegation} />
              </th>
              <td className="kern-table__cell">{delegation.countryCode ? countryName(delegation.countryCode, language) : ''}</td>
              <td className="kern-table__cell">{delegation.sectors.map((sector) => t(`enums.delegationSector.${sector}`)).join(', ')}</td>
              <td className="kern-table__cell kern-table__cell--numeric">
                {delegation.size === null ? t('common.sizeUnknown') : formatNumber(delegation.size, language)}
              </td>
              {onEdit && (
                <td className="kern-table__cell">
                  <DelegationActions exchange={exchange} delegation={delegation} onEdit={() => onEdit(delegation)} onRegister={() => onRegister?.(delegation)} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot className="kern-table__footer">
          <tr className="kern-table__row">
            <th scope="row" className="kern-table__header">{t('exchanges.total')}</th>
            <td className="kern-table__cell" colSpan={2}>
              {t('exchanges.delegationCount', { count: totals.delegations })}
              {totals.countries > 0 && ` ${t('exchanges.countryCount', { count: totals.countries })}`}
            </td>
            <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(totals.people, language)}</td>
            {onEdit && <td className="kern-table__cell" />}
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}

import { useTranslation } from 'react-i18next';
import { countryName } from '../../lib/countryName';
import { formatNumber } from '../../lib/formatNumber';
import { useLanguage } from '../../lib/useLanguage';
import { DelegationActions } from './DelegationActions';
import { DelegationOrigin } from './DelegationOrigin';
import { delegationTotals } from './delegationTotals';
import type { Delegation, ExchangeDetail } from './exchangeApi';
import { RecordTable, type Column } from '../../shell/RecordTable';

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
  const totals = delegationTotals(delegations);
  const columns: Column<Delegation>[] = [
    { header: t('exchanges.columnFrom'), cell: (delegation) => <DelegationOrigin delegation={delegation} /> },
    { header: t('exchanges.columnCountry'), cell: (delegation) => (delegation.countryCode ? countryName(delegation.countryCode, language) : '') },
    { header: t('exchanges.columnSectors'), cell: (delegation) => delegation.sectors.map((sector) => t(`enums.delegationSector.${sector}`)).join(', ') },
    {
      header: t('exchanges.columnSize'),
      numeric: true,
      cell: (delegation) => (delegation.size === null ? t('common.sizeUnknown') : formatNumber(delegation.size, language)),
    },
  ];
  if (onEdit)
    columns.push({
      header: t('common.actions'),
      cell: (delegation) => <DelegationActions exchange={exchange} delegation={delegation} onEdit={() => onEdit(delegation)} onRegister={() => onRegister?.(delegation)} />,
    });
  const totalsRow = (
    <tr className="kern-table__row">
      <th scope="row" className="kern-table__header">{t('exchanges.total')}</th>
      <td className="kern-table__cell" colSpan={2}>
        {t('exchanges.delegationCount', { count: totals.delegations })}
        {totals.countries > 0 && ` ${t('exchanges.countryCount', { count: totals.countries })}`}
      </td>
      <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(totals.people, language)}</td>
      {onEdit && <td className="kern-table__cell" />}
    </tr>
  );
  return (
    <RecordTable caption={t('exchanges.delegationsCaption')} className="kern-table--striped delegation-table" empty={t('exchanges.delegationsEmpty')} rows={delegations} columns={columns} footer={totalsRow} />
  );
}

import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/useLanguage';
import { formatMoney } from './formatMoney';
import type { BudgetTotals } from './planApi';
import { TableScroll } from '../../shell/TableScroll';

/** Budget, granted, applied for, spent and what remains, per currency. */
export function BudgetTotalsTable({ totals, caption }: { totals: BudgetTotals[]; caption: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (totals.length === 0) return <p className="kern-body">{t('funding.noMoney')}</p>;
  return (
    <TableScroll>
      <table className="kern-table">
        <caption className="kern-sr-only">{caption}</caption>
        <thead>
          <tr className="kern-table__row">
            {(['budget', 'granted', 'applied', 'spent', 'remaining'] as const).map((column) => (
              <th key={column} scope="col" className="kern-table__header">
                {t(`funding.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {totals.map((line) => (
            <tr key={line.currency} className="kern-table__row">
              <td className="kern-table__cell">{formatMoney(line.budget, line.currency, language)}</td>
              <td className="kern-table__cell">{formatMoney(line.granted, line.currency, language)}</td>
              <td className="kern-table__cell">{formatMoney(line.applied, line.currency, language)}</td>
              <td className="kern-table__cell">{formatMoney(line.spent, line.currency, language)}</td>
              <td className={`kern-table__cell${line.remaining < 0 ? ' money--over' : ''}`}>{formatMoney(line.remaining, line.currency, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

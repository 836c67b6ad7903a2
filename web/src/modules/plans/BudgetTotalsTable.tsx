import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/useLanguage';
import { formatMoney } from './formatMoney';
import type { BudgetTotals } from './planApi';
import { RecordTable, type Column } from '../../shell/RecordTable';

/** Budget, granted, applied for, spent and what remains, per currency. */
export function BudgetTotalsTable({ totals, caption }: { totals: BudgetTotals[]; caption: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (totals.length === 0) return <p className="kern-body">{t('funding.noMoney')}</p>;
  return (
    <RecordTable
      caption={caption}
      rows={totals}
      rowKey={(line) => line.currency}
      rowHeader={false}
      columns={(['budget', 'granted', 'applied', 'spent', 'remaining'] as const).map((column): Column<BudgetTotals> => ({
        header: t(`funding.${column}`),
        cell: (line) => formatMoney(line[column], line.currency, language),
        cellClass: (line) => (column === 'remaining' && line.remaining < 0 ? 'money--over' : undefined),
      }))}
    />
  );
}

import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/formatDate';
import { useEnumSearchParam } from '../../lib/useEnumSearchParam';
import { useLanguage } from '../../lib/useLanguage';
import { ListPage } from '../../shell/ListPage';
import { LocalizedText } from '../../shell/LocalizedText';
import { PlaceName } from '../../shell/PlaceName';
import { EnumFilterBar } from '../../shell/EnumFilterBar';
import { type PlanSummary } from './planApi';
import { PlanStatusBadge } from './PlanStatusBadge';
import { usePlanPages } from './usePlanPages';
import { RecordTable, type Column } from '../../shell/RecordTable';
import { planStatusValues } from '../../lib/api/enums';
import { pagedItems } from '../../lib/pagedItems';

export function PlansPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [status, setStatus] = useEnumSearchParam('status', planStatusValues);
  const query = usePlanPages({ status });
  const plans = pagedItems(query.data);
  const columns: Column<PlanSummary>[] = [
    { header: t('plans.columnTitle'), cell: (plan) => <LocalizedText value={plan.title} />, link: (plan) => `/action-plans/${plan.id}` },
    {
      header: t('plans.columnScope'),
      cell: (plan) => (plan.partnership ? <LocalizedText value={plan.partnership.title} /> : plan.area ? <PlaceName place={plan.area} /> : null),
    },
    { header: t('plans.period'), cell: (plan) => `${formatDate(plan.periodStart, language, 'medium')} – ${formatDate(plan.periodEnd, language, 'medium')}` },
    { header: t('plans.statusLabel'), cell: (plan) => <PlanStatusBadge status={plan.status} /> },
  ];
  return (
    <ListPage
      title={t('plans.title')}
      intro={t('plans.intro')}
      create={{ to: '/action-plans/new', label: t('plans.create') }}
      query={query}
      shown={plans.length}
      empty={t('plans.empty')}
      filters={
        <EnumFilterBar label={t('plans.statusLabel')} value={status} values={planStatusValues} labels="plans.status" allLabel={t('plans.allStatuses')} onChange={setStatus} />
      }
    >
      <RecordTable caption={t('plans.title')} rows={plans} columns={columns} />
    </ListPage>
  );
}

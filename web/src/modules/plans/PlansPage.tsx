import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/formatDate';
import { useEnumSearchParam } from '../../lib/useEnumSearchParam';
import { useLanguage } from '../../lib/useLanguage';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { LocalizedText } from '../../shell/LocalizedText';
import { PageHeading } from '../../shell/PageHeading';
import { PlaceName } from '../../shell/PlaceName';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { PLAN_STATUSES } from './planApi';
import { PlanStatusBadge } from './PlanStatusBadge';
import { usePlanPages } from './usePlanPages';
import { TableScroll } from '../../shell/TableScroll';
import { MayCreate } from '../accounts/MayCreate';

export function PlansPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [status, setStatus] = useEnumSearchParam('status', PLAN_STATUSES);
  const query = usePlanPages({ status });
  const plans = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeading title={t('plans.title')}>{t('plans.title')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('plans.intro')}</p>
      <div className="filter-bar">
        <EnumSelectField
          label={t('plans.statusLabel')}
          value={status ?? ''}
          emptyLabel={t('plans.allStatuses')}
          values={PLAN_STATUSES}
          labelOf={(value) => t(`plans.status.${value}`)}
          onChange={(value) => setStatus(value || undefined)}
        />
      </div>
      <p className="button-row">
        <MayCreate>
          <Link className="kern-btn kern-btn--primary" to="/action-plans/new">
            <span className="kern-label">{t('plans.create')}</span>
          </Link>
        </MayCreate>
      </p>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data &&
        (plans.length === 0 ? (
          <p className="kern-body">{t('plans.empty')}</p>
        ) : (
          <TableScroll>
            <table className="kern-table">
              <caption className="kern-sr-only">{t('plans.title')}</caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">{t('plans.columnTitle')}</th>
                  <th scope="col" className="kern-table__header">{t('plans.columnScope')}</th>
                  <th scope="col" className="kern-table__header">{t('plans.period')}</th>
                  <th scope="col" className="kern-table__header">{t('plans.statusLabel')}</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {plans.map((plan) => (
                  <tr key={plan.id} className="kern-table__row">
                    <th scope="row" className="kern-table__header">
                      <Link className="kern-link" to={`/action-plans/${plan.id}`}>
                        <LocalizedText value={plan.title} />
                      </Link>
                    </th>
                    <td className="kern-table__cell">{plan.partnership ? <LocalizedText value={plan.partnership.title} /> : plan.area ? <PlaceName place={plan.area} /> : null}</td>
                    <td className="kern-table__cell">
                      {formatDate(plan.periodStart, language, 'medium')} – {formatDate(plan.periodEnd, language, 'medium')}
                    </td>
                    <td className="kern-table__cell">
                      <PlanStatusBadge status={plan.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ))}
      {query.data && <LoadMore shown={plans.length} hasMore={query.hasNextPage} isLoading={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />}
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../lib/formatDate';
import { parseIsoDate } from '../../lib/parseIsoDate';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { BackLink } from '../../shell/BackLink';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { LocalizedText } from '../../shell/LocalizedText';
import { PageHeading } from '../../shell/PageHeading';
import { Section } from '../../shell/Section';
import { BudgetTotalsTable } from './BudgetTotalsTable';
import { formatMoney } from './formatMoney';
import { planApi, planKeys } from './planApi';
import { ProgressBadge } from './ProgressBadge';
import { UpcomingDeadlines } from './UpcomingDeadlines';
import { usePlan } from './usePlan';
import { TableScroll } from '../../shell/TableScroll';

/** Where in the plan period a date lies, in percent. */
const position = (date: string, start: string, end: string) => {
  const from = parseIsoDate(start).getTime();
  const span = Math.max(parseIsoDate(end).getTime() - from, 1);
  return Math.min(100, Math.max(0, ((parseIsoDate(date).getTime() - from) / span) * 100));
};

export function PlanDashboardPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id } = useParams();
  const plan = usePlan(id);
  const dashboard = useQuery({ queryKey: planKeys.dashboard(id), queryFn: ({ signal }) => planApi.dashboard(id ?? '', signal) });
  const budget = useQuery({ queryKey: planKeys.budget(id), queryFn: ({ signal }) => planApi.budget(id ?? '', signal) });
  const title = plan.data ? t('plans.dashboardOf', { title: pickText(plan.data.title, language).text }) : t('plans.dashboard');
  return (
    <>
      <BackLink to={`/action-plans/${id}`}>{plan.data ? pickText(plan.data.title, language).text : t('plans.backToList')}</BackLink>
      <PageHeading title={title}>{title}</PageHeading>
      {(dashboard.isPending || plan.isPending) && <LoadingState />}
      {dashboard.isError && <ErrorState error={dashboard.error} />}
      {dashboard.data && (
        <>
          <p className="kern-body kern-body--large">
            {t('plans.dashboardSummary', { measures: dashboard.data.totals.measures, overdue: dashboard.data.totals.overdue, done: dashboard.data.totals.byStatus.done ?? 0 })}
          </p>
          <Section title={t('plans.timeline')}>
            <p className="kern-body kern-body--small">
              {formatDate(dashboard.data.period.start, language)} – {formatDate(dashboard.data.period.end, language)}
            </p>
            <ol className="timeline">
              {dashboard.data.timeline.map((entry) => {
                const start = entry.startDate ?? dashboard.data.period.start;
                const end = entry.endDate ?? dashboard.data.period.end;
                const left = position(start, dashboard.data.period.start, dashboard.data.period.end);
                const right = position(end, dashboard.data.period.start, dashboard.data.period.end);
                return (
                  <li key={entry.measureId} className={`timeline__row${entry.overdue ? ' timeline__row--overdue' : ''}`}>
                    <span className="timeline__label kern-body">
                      <Link className="kern-link" to={`/action-plans/${id}/measures/${entry.measureId}`}>
                        <LocalizedText value={entry.title} />
                      </Link>{' '}
                      <ProgressBadge status={entry.status} />
                      {entry.overdue && (
                        <span className="kern-badge kern-badge--danger">
                          <span className="kern-label">{t('plans.overdue')}</span>
                        </span>
                      )}
                    </span>
                    <span className="timeline__track" aria-hidden="true">
                      <span className={`timeline__bar timeline__bar--${entry.status ?? 'none'}`} style={{ left: `${left}%`, width: `${Math.max(right - left, 1)}%` }} />
                      <span className="timeline__today" style={{ left: `${position(dashboard.data.today, dashboard.data.period.start, dashboard.data.period.end)}%` }} />
                    </span>
                    <span className="kern-sr-only">
                      {entry.startDate ? formatDate(entry.startDate, language) : ''} – {entry.endDate ? formatDate(entry.endDate, language) : ''}
                    </span>
                  </li>
                );
              })}
            </ol>
          </Section>
          <Section title={t('plans.byPriority')}>
            <TableScroll>
              <table className="kern-table">
                <caption className="kern-sr-only">{t('plans.byPriority')}</caption>
                <thead>
                  <tr className="kern-table__row">
                    <th scope="col" className="kern-table__header">{t('plans.priority')}</th>
                    <th scope="col" className="kern-table__header">{t('plans.measureCount')}</th>
                    <th scope="col" className="kern-table__header">{t('plans.progress.on_track')}</th>
                    <th scope="col" className="kern-table__header">{t('plans.progress.at_risk')}</th>
                    <th scope="col" className="kern-table__header">{t('plans.progress.delayed')}</th>
                    <th scope="col" className="kern-table__header">{t('plans.progress.done')}</th>
                    <th scope="col" className="kern-table__header">{t('plans.progress.not_reported')}</th>
                    <th scope="col" className="kern-table__header">{t('plans.overdue')}</th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {dashboard.data.byPriority.map((line) => (
                    <tr key={line.priorityId} className="kern-table__row">
                      <th scope="row" className="kern-table__header">
                        <LocalizedText value={line.title} />
                      </th>
                      <td className="kern-table__cell">{line.measures}</td>
                      <td className="kern-table__cell">{line.onTrack}</td>
                      <td className="kern-table__cell">{line.atRisk}</td>
                      <td className="kern-table__cell">{line.delayed}</td>
                      <td className="kern-table__cell">{line.done}</td>
                      <td className="kern-table__cell">{line.notReported}</td>
                      <td className={`kern-table__cell${line.overdue > 0 ? ' money--over' : ''}`}>{line.overdue}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </Section>
          <Section title={t('plans.overdueMeasures')}>
            {dashboard.data.timeline.filter((entry) => entry.overdue).length === 0 ? (
              <p className="kern-body">{t('plans.nothingOverdue')}</p>
            ) : (
              <ul className="kern-list">
                {dashboard.data.timeline
                  .filter((entry) => entry.overdue)
                  .map((entry) => (
                    <li key={entry.measureId} className="kern-body">
                      <Link className="kern-link" to={`/action-plans/${id}/measures/${entry.measureId}`}>
                        <LocalizedText value={entry.title} />
                      </Link>{' '}
                      – {t('plans.dueSince', { date: entry.endDate ? formatDate(entry.endDate, language) : '' })}
                    </li>
                  ))}
              </ul>
            )}
          </Section>
        </>
      )}
      <Section title={t('plans.budgetAgainstSpending')}>
        {budget.data && (
          <>
            <BudgetTotalsTable totals={budget.data.totals} caption={t('plans.budgetAgainstSpending')} />
            <TableScroll>
              <table className="kern-table">
                <caption className="kern-sr-only">{t('plans.budgetPerMeasure')}</caption>
                <thead>
                  <tr className="kern-table__row">
                    <th scope="col" className="kern-table__header">{t('plans.measure')}</th>
                    <th scope="col" className="kern-table__header">{t('funding.budget')}</th>
                    <th scope="col" className="kern-table__header">{t('funding.granted')}</th>
                    <th scope="col" className="kern-table__header">{t('funding.spent')}</th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {budget.data.measures.map((line) => (
                    <tr key={line.measureId} className="kern-table__row">
                      <th scope="row" className="kern-table__header">
                        <LocalizedText value={line.title} />
                      </th>
                      <td className="kern-table__cell">{line.budget !== null ? formatMoney(line.budget, line.currency, language) : '–'}</td>
                      <td className="kern-table__cell">{formatMoney(line.granted, line.currency, language)}</td>
                      <td className={`kern-table__cell${line.budget !== null && line.spent > line.budget ? ' money--over' : ''}`}>{formatMoney(line.spent, line.currency, language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </>
        )}
      </Section>
      <Section title={t('funding.upcomingDeadlines')}>
        <UpcomingDeadlines />
      </Section>
    </>
  );
}

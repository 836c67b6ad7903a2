import type { TFunction } from 'i18next';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Language } from '../../i18n/languages';
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
import { planApi, planKeys, type Dashboard, type PlanBudget } from './planApi';
import { MeasureBadges } from './MeasureBadges';
import { UpcomingDeadlines } from './UpcomingDeadlines';
import { usePlan } from './usePlan';
import { RecordTable, type Column } from '../../shell/RecordTable';

/** Per priority: how many measures, how they progress, how many are overdue. */
function priorityColumns(t: TFunction): Column<Dashboard['byPriority'][number]>[] {
  return [
    { header: t('plans.priority'), cell: (line) => <LocalizedText value={line.title} /> },
    { header: t('plans.measureCount'), cell: (line) => line.measures },
    { header: t('plans.progress.on_track'), cell: (line) => line.onTrack },
    { header: t('plans.progress.at_risk'), cell: (line) => line.atRisk },
    { header: t('plans.progress.delayed'), cell: (line) => line.delayed },
    { header: t('plans.progress.done'), cell: (line) => line.done },
    { header: t('plans.progress.not_reported'), cell: (line) => line.notReported },
    { header: t('plans.overdue'), cell: (line) => line.overdue, cellClass: (line) => (line.overdue > 0 ? 'money--over' : undefined) },
  ];
}

/** Per measure: its budget against what was granted and spent. */
function measureColumns(t: TFunction, language: Language): Column<PlanBudget['measures'][number]>[] {
  return [
    { header: t('plans.measure'), cell: (line) => <LocalizedText value={line.title} /> },
    { header: t('funding.budget'), cell: (line) => (line.budget !== null ? formatMoney(line.budget, line.currency, language) : '–') },
    { header: t('funding.granted'), cell: (line) => formatMoney(line.granted, line.currency, language) },
    {
      header: t('funding.spent'),
      cell: (line) => formatMoney(line.spent, line.currency, language),
      cellClass: (line) => (line.budget !== null && line.spent > line.budget ? 'money--over' : undefined),
    },
  ];
}

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
                      <MeasureBadges status={entry.status} overdue={entry.overdue} />
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
            <RecordTable caption={t('plans.byPriority')} rows={dashboard.data.byPriority} rowKey={(line) => line.priorityId} columns={priorityColumns(t)} />
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
            <RecordTable caption={t('plans.budgetPerMeasure')} rows={budget.data.measures} rowKey={(line) => line.measureId} columns={measureColumns(t, language)} />
          </>
        )}
      </Section>
      <Section title={t('funding.upcomingDeadlines')}>
        <UpcomingDeadlines />
      </Section>
    </>
  );
}

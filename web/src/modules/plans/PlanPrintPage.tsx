import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDate } from '../../lib/formatDate';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { BackLink } from '../../shell/BackLink';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { LocalizedText } from '../../shell/LocalizedText';
import { OrganizationName } from '../../shell/OrganizationName';
import { PageHeading } from '../../shell/PageHeading';
import { PlaceName } from '../../shell/PlaceName';
import { RecordTable } from '../../shell/RecordTable';
import { formatMoney } from './formatMoney';
import { sideName } from './sideName';
import { usePlan } from './usePlan';

/** The whole plan on one page, laid out for printing (the site's header and footer are not printed). */
export function PlanPrintPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id } = useParams();
  const query = usePlan(id);
  if (query.isPending) return <LoadingState />;
  if (!query.data) return <ErrorState error={query.error} />;
  const plan = query.data;
  const title = pickText(plan.title, language).text;
  return (
    <article className="print-plan">
      <div className="no-print">
        <BackLink to={`/action-plans/${plan.id}`}>{title}</BackLink>
        <p className="button-row">
          <button type="button" className="kern-btn kern-btn--primary" onClick={() => window.print()}>
            <span className="kern-label">{t('plans.print')}</span>
          </button>
        </p>
      </div>
      <p className="kern-body print-plan__kicker">{t('plans.kicker')}</p>
      <PageHeading title={title}>
        <LocalizedText value={plan.title} />
      </PageHeading>
      <p className="kern-body">
        <LocalizedText value={plan.summary} />
      </p>
      <dl className="print-plan__facts">
        {plan.partnership && (
          <>
            <dt>{t('plans.partnership')}</dt>
            <dd>
              <LocalizedText value={plan.partnership.title} />
            </dd>
          </>
        )}
        {plan.area && (
          <>
            <dt>{t('plans.area')}</dt>
            <dd>
              <PlaceName place={plan.area} />
            </dd>
          </>
        )}
        <dt>{t('plans.period')}</dt>
        <dd>
          {formatDate(plan.periodStart, language)} – {formatDate(plan.periodEnd, language)}
        </dd>
        <dt>{t('plans.statusLabel')}</dt>
        <dd>
          {t(`plans.status.${plan.status}`)}
          {plan.currentVersion !== null && ` · ${t('plans.versionBadge', { number: plan.currentVersion })}`}
        </dd>
      </dl>
      <h2 className="kern-heading-medium">{t('plans.agreement')}</h2>
      <ul className="kern-list">
        {plan.sides.map((side) => (
          <li key={side.id} className="kern-body">
            {sideName(side, language)}: {side.agreement ? t('plans.agreedBy', { name: side.agreement.userName, date: formatDate(side.agreement.agreedAt.slice(0, 10), language) }) : t('plans.notAgreed')}
          </li>
        ))}
      </ul>
      {plan.priorities.map((priority, index) => (
        <section key={priority.id} className="print-plan__priority" aria-labelledby={`print-priority-${priority.id}`}>
          <h2 id={`print-priority-${priority.id}`} className="kern-heading-medium">
            {index + 1}. <LocalizedText value={priority.title} />
          </h2>
          <p className="kern-body">
            <LocalizedText value={priority.description} />
          </p>
          <RecordTable
            caption={t('plans.measuresOf', { priority: pickText(priority.title, language).text })}
            className="print-plan__measures"
            scrolls={false}
            rows={plan.measures.filter((measure) => measure.priorityId === priority.id)}
            columns={[
              {
                header: t('plans.measure'),
                cell: (measure) => (
                  <>
                    <LocalizedText value={measure.title} />
                    {measure.indicators.length > 0 && (
                      <span className="print-plan__indicators">
                        {measure.indicators.map((indicator) => `${pickText(indicator.name, language).text}: ${indicator.target}${indicator.unit ? ` ${indicator.unit}` : ''}`).join('; ')}
                      </span>
                    )}
                  </>
                ),
              },
              { header: t('plans.responsible'), cell: (measure) => measure.responsible && <OrganizationName organization={measure.responsible} /> },
              {
                header: t('plans.dates'),
                cell: (measure) => (
                  <>
                    {measure.startDate && formatDate(measure.startDate, language, 'medium')} – {measure.endDate && formatDate(measure.endDate, language, 'medium')}
                  </>
                ),
              },
              { header: t('plans.budget'), cell: (measure) => measure.budget !== null && formatMoney(measure.budget, measure.currency, language) },
              {
                header: t('plans.progressTitle'),
                cell: (measure) => (
                  <>
                    {measure.latestProgress ? t(`plans.progress.${measure.latestProgress.status}`) : t('plans.progress.not_reported')}
                    {measure.overdue && ` (${t('plans.overdue')})`}
                  </>
                ),
              },
            ]}
          />
        </section>
      ))}
    </article>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatDate } from '../../lib/formatDate';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { RecordIntro } from '../../shell/RecordIntro';
import { EditLink } from '../../shell/EditLink';
import { BackLink } from '../../shell/BackLink';
import { ConfirmButton } from '../../shell/ConfirmButton';
import { FactList } from '../../shell/FactList';
import { FormAlert } from '../../shell/FormAlert';
import { MeasureGrants } from '../funding/MeasureGrants';
import { LoadingState } from '../../shell/LoadingState';
import { LocalizedText } from '../../shell/LocalizedText';
import { OrganizationName } from '../../shell/OrganizationName';
import { PageHeading } from '../../shell/PageHeading';
import { Section } from '../../shell/Section';
import { formatMoney } from './formatMoney';
import { measureSourceLink } from './measureSourceLink';
import { planApi, planKeys, type Measure, type PlanDetail } from './planApi';
import { MeasureBadges } from './MeasureBadges';
import { ProgressBadge } from './ProgressBadge';
import { ProgressForm } from './ProgressForm';
import { SpendingForm } from './SpendingForm';
import { usePlan } from './usePlan';
import { usePlanChange } from './usePlanChange';

export function MeasurePage() {
  const { id, measureId } = useParams();
  const plan = usePlan(id);
  const measure = plan.data?.measures.find((candidate) => candidate.id === measureId);
  if (plan.isPending) return <LoadingState />;
  if (!plan.data || !measure) return <FormAlert error={plan.error} />;
  return <MeasureView plan={plan.data} measure={measure} />;
}

function MeasureView({ plan, measure }: { plan: PlanDetail; measure: Measure }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const progress = useQuery({
    queryKey: planKeys.progress(measure.id, measure.latestProgress?.id),
    queryFn: ({ signal }) => planApi.progress(plan.id, measure.id, signal),
  });
  const remove = usePlanChange(plan.id, () => planApi.removeMeasure(plan.id, measure.id));
  const removeReport = usePlanChange(plan.id, (updateId: string) => planApi.removeProgress(plan.id, updateId));
  const priority = plan.priorities.find((candidate) => candidate.id === measure.priorityId);
  const title = pickText(measure.title, language).text;
  const editable = plan.canEdit && plan.status === 'draft';
  const sourcePath = measure.source && measureSourceLink[measure.source.type]?.(measure.source.id);
  return (
    <>
      <BackLink to={`/action-plans/${plan.id}`}>{pickText(plan.title, language).text}</BackLink>
      <PageHeading title={title}>
        <LocalizedText value={measure.title} />
      </PageHeading>
      <p className="badge-row">
        <MeasureBadges status={measure.latestProgress?.status ?? null} overdue={measure.overdue} />
      </p>
      {editable && (
        <p className="button-row">
          <EditLink to={`/action-plans/${plan.id}/measures/${measure.id}/edit`} />
          <ConfirmButton
            label={t('plans.deleteMeasure')}
            question={t('plans.deleteMeasureQuestion', { title })}
            confirmLabel={t('plans.deleteMeasure')}
            pending={remove.isPending}
            onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate(`/action-plans/${plan.id}`) })}
          />
        </p>
      )}
      <RecordIntro text={measure.description} />
      <Section title={t('plans.facts')}>
        <FactList
          facts={[
            { label: t('plans.priority'), value: priority && <LocalizedText value={priority.title} /> },
            { label: t('plans.startDate'), value: measure.startDate && formatDate(measure.startDate, language) },
            { label: t('plans.endDate'), value: measure.endDate && formatDate(measure.endDate, language) },
            { label: t('plans.responsible'), value: measure.responsible && <OrganizationName organization={measure.responsible} /> },
            {
              label: t('plans.partners'),
              value:
                measure.partners.length > 0 &&
                measure.partners.map((partner, index) => (
                  <span key={partner.id}>
                    {index > 0 && ', '}
                    <OrganizationName organization={partner} />
                  </span>
                )),
            },
            { label: t('plans.budget'), value: measure.budget !== null && formatMoney(measure.budget, measure.currency, language) },
            { label: t('plans.funding'), value: pickText(measure.funding, language).text },
            {
              label: t('plans.project'),
              value: measure.project && (
                <Link className="kern-link" to={`/projects/${measure.project.id}`}>
                  <LocalizedText value={measure.project.title} />
                </Link>
              ),
            },
            {
              label: t('plans.source'),
              value:
                measure.source &&
                (sourcePath ? (
                  <Link className="kern-link" to={sourcePath}>
                    <LocalizedText value={measure.source.title} />
                  </Link>
                ) : (
                  <>
                    {t('plans.sourceOf', { type: measure.source.type })}: <LocalizedText value={measure.source.title} />
                  </>
                )),
            },
          ]}
        />
      </Section>
      <Section title={t('plans.money')}>
        <MeasureGrants measureId={measure.id} />
        {plan.canEdit && (
          <>
            <p className="button-row">
              <Link className="kern-btn kern-btn--secondary kern-btn--small" to={`/funding/grants/new?measureId=${measure.id}&planId=${plan.id}`}>
                <span className="kern-label">{t('funding.addGrant')}</span>
              </Link>
              <Link className="kern-btn kern-btn--tertiary kern-btn--small" to={`/action-plans/${plan.id}/dashboard`}>
                <span className="kern-label">{t('plans.budgetAgainstSpending')}</span>
              </Link>
            </p>
            <SpendingForm target={{ measureId: measure.id }} />
          </>
        )}
      </Section>
      <Section title={t('plans.indicators')}>
        {measure.indicators.length === 0 ? (
          <p className="kern-body">{t('plans.noIndicators')}</p>
        ) : (
          <ul className="kern-list">
            {measure.indicators.map((indicator) => {
              const reached = measure.latestProgress?.indicatorValues[indicator.id];
              return (
                <li key={indicator.id} className="kern-body">
                  <LocalizedText value={indicator.name} />: {t('plans.indicatorLine', { baseline: indicator.baseline ?? '–', reached: reached ?? '–', target: indicator.target, unit: indicator.unit })}
                </li>
              );
            })}
          </ul>
        )}
      </Section>
      <Section title={t('plans.progressTitle')}>
        {plan.canReport && plan.currentVersion !== null && <ProgressForm planId={plan.id} measure={measure} />}
        {plan.currentVersion === null && <p className="kern-body">{t('plans.progressAfterAgreement')}</p>}
        {progress.data && progress.data.items.length === 0 && <p className="kern-body">{t('plans.noProgress')}</p>}
        {progress.data && progress.data.items.length > 0 && (
          <ol className="progress-list">
            {progress.data.items.map((update) => (
              <li key={update.id} className="progress-list__item">
                <p className="kern-body">
                  <strong>{formatDate(update.reportedOn, language)}</strong> <ProgressBadge status={update.status} />
                  {update.reportedBy && <span className="kern-body--small"> · {update.reportedBy}</span>}
                </p>
                {update.note && <p className="kern-body">{update.note}</p>}
                {Object.keys(update.indicatorValues).length > 0 && (
                  <p className="kern-body kern-body--small">
                    {measure.indicators
                      .filter((indicator) => update.indicatorValues[indicator.id] !== undefined)
                      .map((indicator) => `${pickText(indicator.name, language).text}: ${update.indicatorValues[indicator.id]}`)
                      .join(' · ')}
                  </p>
                )}
                {plan.canEdit && (
                  <ConfirmButton
                    small
                    label={t('plans.deleteReport')}
                    accessibleLabel={t('plans.deleteReportOf', { date: formatDate(update.reportedOn, language) })}
                    question={t('plans.deleteReportQuestion')}
                    confirmLabel={t('plans.deleteReport')}
                    pending={removeReport.isPending}
                    onConfirm={() => removeReport.mutate(update.id)}
                  />
                )}
              </li>
            ))}
          </ol>
        )}
        <FormAlert error={remove.error ?? removeReport.error} />
      </Section>
    </>
  );
}

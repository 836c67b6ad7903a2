import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../lib/formatDate';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { RecordIntro } from '../../shell/RecordIntro';
import { FactList } from '../../shell/FactList';
import { RecordDetailFrame } from '../../shell/RecordDetailFrame';
import { LocalizedText } from '../../shell/LocalizedText';
import { PlaceName } from '../../shell/PlaceName';
import { Section } from '../../shell/Section';
import { RecordHistorySection } from '../audit/RecordHistorySection';
import { RecordLinksSection } from '../record-links/RecordLinksSection';
import { MeasureList } from './MeasureList';
import { PlanActions } from './PlanActions';
import { PlanSides } from './PlanSides';
import { HistoricalBadge } from '../../shell/HistoricalField';
import { PlanStatusBadge } from './PlanStatusBadge';
import type { PlanDetail } from './planApi';
import { PlanVersions } from './PlanVersions';
import { PriorityActions } from './PriorityActions';
import { PriorityForm } from './PriorityForm';
import { usePlan } from './usePlan';
import { RecordHeading } from '../../shell/RecordHeading';
import { Badge } from '../../shell/Badge';
import { BadgeRow } from '../../shell/BadgeRow';

export function PlanDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = usePlan(id);
  return (
    <RecordDetailFrame back={{ to: '/action-plans', label: t('plans.backToList') }} query={query} fallbackTitle={t('plans.title')}>
      {(record) => <PlanView plan={record} />}
    </RecordDetailFrame>
  );
}

function PlanView({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const draftEditable = plan.canEdit && plan.status === 'draft';
  const [editingPriority, setEditingPriority] = useState<string | null>(null);
  return (
    <>
      <RecordHeading value={plan.title} />
      <p className="badge-row">
        <PlanStatusBadge status={plan.status} />
        {plan.historical && <HistoricalBadge />}
        {plan.currentVersion !== null && (
          <Badge>{t('plans.versionBadge', { number: plan.currentVersion })}</Badge>
        )}
      </p>
      <RecordIntro text={plan.summary} />
      <PlanActions plan={plan} />
      <Section title={t('plans.facts')}>
        <FactList
          facts={[
            {
              label: t('plans.partnership'),
              value: plan.partnership && (
                <Link className="kern-link" to={`/partnerships/${plan.partnership.id}`}>
                  <LocalizedText value={plan.partnership.title} />
                </Link>
              ),
            },
            { label: t('plans.area'), value: plan.area && <PlaceName place={plan.area} /> },
            { label: t('plans.period'), value: `${formatDate(plan.periodStart, language)} – ${formatDate(plan.periodEnd, language)}` },
            { label: t('plans.measureCount'), value: String(plan.measures.length) },
          ]}
        />
      </Section>
      <PlanSides plan={plan} />
      <Section title={t('plans.priorities')}>
        {plan.priorities.length === 0 && <p className="kern-body">{t('plans.noPriorities')}</p>}
        {plan.priorities.map((priority, index) => {
          const measures = plan.measures.filter((measure) => measure.priorityId === priority.id);
          return (
          <section key={priority.id} className="priority" aria-labelledby={`priority-${priority.id}`}>
            <h3 id={`priority-${priority.id}`} className="kern-heading-small">
              {index + 1}. <LocalizedText value={priority.title} />
            </h3>
            {priority.theme && (
              <BadgeRow themes={[priority.theme]} />
            )}
            {pickText(priority.description, language).text && (
              <p className="kern-body">
                <LocalizedText value={priority.description} />
              </p>
            )}
            {draftEditable && editingPriority === priority.id && <PriorityForm planId={plan.id} priority={priority} onDone={() => setEditingPriority(null)} />}
            {draftEditable && editingPriority !== priority.id && (
              <PriorityActions planId={plan.id} priority={priority} measureCount={measures.length} onEdit={() => setEditingPriority(priority.id)} />
            )}
            <MeasureList planId={plan.id} measures={measures} />
            {draftEditable && (
              <p className="button-row">
                <Link className="kern-btn kern-btn--secondary kern-btn--small" to={`/action-plans/${plan.id}/measures/new?priorityId=${priority.id}`}>
                  <span className="kern-label">{t('plans.addMeasureTo', { priority: pickText(priority.title, language).text })}</span>
                </Link>
              </p>
            )}
          </section>
          );
        })}
        {draftEditable && <PriorityForm planId={plan.id} />}
        {plan.canEdit && !draftEditable && <p className="kern-body kern-body--small">{t('plans.contentFrozen')}</p>}
      </Section>
      <PlanVersions plan={plan} />
      <RecordLinksSection recordType="action_plan" recordId={plan.id} canEdit={plan.canEdit} />
      <RecordHistorySection path={`/action-plans/${encodeURIComponent(plan.id)}/history`} workspaceId={plan.workspaceId} membersOnly />
    </>
  );
}

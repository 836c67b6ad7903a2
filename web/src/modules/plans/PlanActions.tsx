import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../lib/useLanguage';
import { EditLink } from '../../shell/EditLink';
import { FormAlert } from '../../shell/FormAlert';
import { planApi, type PlanDetail } from './planApi';
import { usePlanChange } from './usePlanChange';

const NEXT: Record<string, ('active' | 'done' | 'draft')[]> = { draft: [], agreed: ['active', 'draft'], active: ['done', 'draft'], done: ['active'] };

/** What can be done with the plan: edit, put into effect, reopen, and the dashboard and exports. */
export function PlanActions({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const transition = usePlanChange(plan.id, (to: 'active' | 'done' | 'draft') => planApi.transition(plan.id, to));
  return (
    <>
      <p className="button-row">
        {plan.canEdit && plan.status === 'draft' && (
          <EditLink to={`/action-plans/${plan.id}/edit`} />
        )}
        {plan.canEdit &&
          NEXT[plan.status]!.map((to) => (
            <button key={to} type="button" className="kern-btn kern-btn--secondary" disabled={transition.isPending} onClick={() => transition.mutate(to)}>
              <span className="kern-label">{t(`plans.transition.${to}`)}</span>
            </button>
          ))}
        <Link className="kern-btn kern-btn--tertiary" to={`/action-plans/${plan.id}/dashboard`}>
          <span className="kern-label">{t('plans.dashboard')}</span>
        </Link>
        <Link className="kern-btn kern-btn--tertiary" to={`/action-plans/${plan.id}/print`}>
          <span className="kern-label">{t('plans.printable')}</span>
        </Link>
        <a className="kern-btn kern-btn--tertiary" href={`/api/action-plans/${plan.id}/export.pdf?lang=${language}`}>
          <span className="kern-label">{t('plans.pdf')}</span>
        </a>
        <a className="kern-btn kern-btn--tertiary" href={`/api/action-plans/${plan.id}/measures.csv?lang=${language}`} download>
          <span className="kern-label">{t('plans.csv')}</span>
        </a>
      </p>
      {plan.canEdit && plan.status !== 'draft' && <p className="kern-body kern-body--small">{t('plans.reopenHint')}</p>}
      <FormAlert error={transition.error} />
    </>
  );
}

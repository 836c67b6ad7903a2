import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/formatDate';
import { useLanguage } from '../../lib/useLanguage';
import { LocalizedText } from '../../shell/LocalizedText';
import { Section } from '../../shell/Section';
import { PlanStatusBadge } from './PlanStatusBadge';
import { usePlanPages } from './usePlanPages';
import { MayCreate } from '../accounts/MayCreate';
import { pagedItems } from '../../lib/pagedItems';

/** The joint action plans of a partnership, and a link to draft one. */
export function PartnershipPlans({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const plans = usePlanPages({ partnershipId });
  const items = pagedItems(plans.data);
  return (
    <Section title={t('plans.title')}>
      {plans.data && items.length === 0 && <p className="kern-body">{t('plans.empty')}</p>}
      {items.length > 0 && (
        <ul className="kern-list">
          {items.map((plan) => (
            <li key={plan.id} className="kern-body">
              <Link className="kern-link" to={`/action-plans/${plan.id}`}>
                <LocalizedText value={plan.title} />
              </Link>{' '}
              ({formatDate(plan.periodStart, language, 'medium')} – {formatDate(plan.periodEnd, language, 'medium')}) <PlanStatusBadge status={plan.status} />
            </li>
          ))}
        </ul>
      )}
      <p className="button-row">
        <MayCreate>
          <Link className="kern-btn kern-btn--secondary kern-btn--small" to={`/action-plans/new?partnershipId=${partnershipId}`}>
            <span className="kern-label">{t('plans.create')}</span>
          </Link>
        </MayCreate>
      </p>
    </Section>
  );
}

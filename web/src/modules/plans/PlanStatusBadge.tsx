import { useTranslation } from 'react-i18next';
import type { PlanStatus } from './planApi';

/** The status of a plan as a badge: draft, agreed, active, done. */
export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  const tone = status === 'draft' ? 'warning' : status === 'done' ? 'success' : 'info';
  return (
    <span className={`kern-badge kern-badge--${tone}`}>
      <span className="kern-label">{t(`plans.status.${status}`)}</span>
    </span>
  );
}

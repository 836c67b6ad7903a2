import { useTranslation } from 'react-i18next';
import { Badge } from '../../shell/Badge';
import type { PlanStatus } from './planApi';

/** The status of a plan as a badge: draft, agreed, active, done. */
export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return <Badge tone={status === 'draft' ? 'warning' : status === 'done' ? 'success' : 'info'}>{t(`plans.status.${status}`)}</Badge>;
}

import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../shell/Badge';
import type { ProgressStatus } from './planApi';

const TONE: Record<ProgressStatus, BadgeTone> = { on_track: 'info', at_risk: 'warning', delayed: 'danger', done: 'success' };

/** The latest reported progress of a measure, or "not reported". */
export function ProgressBadge({ status }: { status: ProgressStatus | null }) {
  const { t } = useTranslation();
  return <Badge tone={status ? TONE[status] : 'info'}>{status ? t(`plans.progress.${status}`) : t('plans.progress.not_reported')}</Badge>;
}

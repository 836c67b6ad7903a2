import { useTranslation } from 'react-i18next';
import type { ProgressStatus } from './planApi';

const TONE: Record<ProgressStatus, string> = { on_track: 'info', at_risk: 'warning', delayed: 'danger', done: 'success' };

/** The latest reported progress of a measure, or "not reported". */
export function ProgressBadge({ status }: { status: ProgressStatus | null }) {
  const { t } = useTranslation();
  return (
    <span className={`kern-badge kern-badge--${status ? TONE[status] : 'info'}`}>
      <span className="kern-label">{status ? t(`plans.progress.${status}`) : t('plans.progress.not_reported')}</span>
    </span>
  );
}

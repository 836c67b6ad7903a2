import { useTranslation } from 'react-i18next';
import type { Measure } from './planApi';
import { ProgressBadge } from './ProgressBadge';

/** How far a measure has come, and whether it is overdue. */
export function MeasureBadges({ measure }: { measure: Pick<Measure, 'latestProgress' | 'overdue'> }) {
  const { t } = useTranslation();
  return (
    <>
      <ProgressBadge status={measure.latestProgress?.status ?? null} />
      {measure.overdue && (
        <span className="kern-badge kern-badge--danger">
          <span className="kern-label">{t('plans.overdue')}</span>
        </span>
      )}
    </>
  );
}

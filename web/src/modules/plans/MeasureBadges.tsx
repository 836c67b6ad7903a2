import { useTranslation } from 'react-i18next';
import { Badge } from '../../shell/Badge';
import type { ProgressStatus } from './planApi';
import { ProgressBadge } from './ProgressBadge';

/** How far a measure has come (its latest reported progress), and whether it is overdue. */
export function MeasureBadges({ status, overdue }: { status: ProgressStatus | null; overdue: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <ProgressBadge status={status} />
      {overdue && <Badge tone="danger">{t('plans.overdue')}</Badge>}
    </>
  );
}

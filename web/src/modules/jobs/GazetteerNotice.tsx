import { useTranslation } from 'react-i18next';
import { JobProgressBar } from './JobProgressBar';
import { useGazetteerProgress } from './useGazetteerProgress';

/** For signed-in users while the world gazetteer loads in the background: how far it has come. Nothing once it is loaded. */
export function GazetteerNotice() {
  const { t } = useTranslation();
  const progress = useGazetteerProgress();
  if (!progress) return null;
  return (
    <div className="kern-alert kern-alert--info gazetteer-notice" role="note">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--info" aria-hidden="true" />
        <span className="kern-title">{t('gazetteer.loading', { percent: progress.percent })}</span>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{t('gazetteer.explanation')}</p>
        <JobProgressBar label={t('gazetteer.progressLabel')} done={progress.job.done} total={progress.job.total} valueText={progress.percent} />
      </div>
    </div>
  );
}

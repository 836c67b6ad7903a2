import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { Section } from '../../shell/Section';
import { isJobRunning } from '../jobs/isJobRunning';
import { JobProgressBar } from '../jobs/JobProgressBar';
import { useJob } from '../jobs/useJob';
import { documentKeys } from './documentApi';
import { outcomesOf } from './outcomesOf';
import { UploadOutcomeList } from './UploadOutcomeList';
import { UploadSummary } from './UploadSummary';

/** An uploaded batch: its progress while the files are made into documents, then what became of each file. */
export function UploadJobView({ jobId, onAnother }: { jobId: string; onAnother: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useJob(jobId);
  const job = query.data;
  const finished = job?.state === 'done';
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: documentKeys.lists });
  }, [finished, queryClient]);
  if (query.isPending) return <LoadingState />;
  if (!job) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const running = isJobRunning(job);
  const outcomes = outcomesOf(job);
  const progressText = job.total === null ? t('upload.waiting') : t('upload.progress', { done: job.done, count: job.total });
  return (
    <Section title={t('upload.batchTitle')}>
      <JobProgressBar label={t('upload.progressLabel')} done={job.done} total={job.total} valueText={progressText} />
      <div role="status" className="upload-status">
        {running && <p className="kern-body">{job.state === 'queued' ? t('upload.queued') : t('upload.running')}</p>}
        {job.state === 'done' && <UploadSummary outcomes={outcomes} />}
      </div>
      {job.state === 'failed' && (
        <div className="kern-alert kern-alert--danger" role="alert">
          <div className="kern-alert__body">
            <p className="kern-body">{t('upload.jobFailed')}</p>
          </div>
        </div>
      )}
      {job.state === 'done' && <UploadOutcomeList outcomes={outcomes} />}
      {!running && (
        <p className="button-row">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onAnother}>
            <span className="kern-label">{t('upload.another')}</span>
          </button>
        </p>
      )}
    </Section>
  );
}

import { formatPercent } from '../../lib/formatPercent';
import { useLanguage } from '../../lib/useLanguage';
import { isJobRunning } from './isJobRunning';
import { jobPercent } from './jobPercent';
import type { Job } from './jobApi';
import { useGazetteerJob } from './useGazetteerJob';

/** While the world gazetteer loads: the job and its progress as a localised percentage; null otherwise. */
export function useGazetteerProgress(): { job: Job; percent: string } | null {
  const language = useLanguage();
  const { data: job } = useGazetteerJob();
  if (!job || !isJobRunning(job)) return null;
  return { job, percent: formatPercent(jobPercent(job) ?? 0, language) };
}

import type { Job } from './jobApi';

/** How far the job has come, 0 to 1, or null while it has not counted its work. */
export function jobPercent(job: Pick<Job, 'done' | 'total'>): number | null {
  if (!job.total) return null;
  return Math.min(1, Math.max(0, job.done / job.total));
}

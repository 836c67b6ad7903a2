import type { Job } from './jobApi';

/** The job waits or works: its progress is worth asking for again. */
export function isJobRunning(job: Job | null | undefined): boolean {
  return job?.state === 'queued' || job?.state === 'running';
}

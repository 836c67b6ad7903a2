import type { Job } from '../jobs/jobApi';
import type { UploadOutcome } from './documentApi';

/** The outcomes a finished upload job reports, one per file; none while it runs. */
export function outcomesOf(job: Job): UploadOutcome[] {
  const outcomes = job.result?.outcomes;
  return Array.isArray(outcomes) ? (outcomes as UploadOutcome[]) : [];
}

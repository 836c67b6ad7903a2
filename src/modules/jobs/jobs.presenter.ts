import type { JobProgressRow } from './jobs.repository.js';
import type { JobView } from './jobs.schemas.js';

export function presentJob(row: JobProgressRow): JobView {
  return {
    id: row.jobId,
    kind: row.kind,
    state: row.state,
    done: row.done,
    total: row.total,
    result: row.result ?? null,
    errorCode: row.errorCode === 'job_failed' ? 'job_failed' : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

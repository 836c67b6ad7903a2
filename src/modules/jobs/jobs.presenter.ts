import { pickFields } from '../../core/records/pick-fields.js';
import type { JobProgressRow } from './jobs.repository.js';
import type { JobView } from './jobs.schemas.js';

export function presentJob(row: JobProgressRow): JobView {
  return {
    id: row.jobId,
    ...pickFields(row, ['kind', 'state', 'done', 'total']),
    result: row.result ?? null,
    errorCode: row.errorCode === 'job_failed' ? 'job_failed' : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

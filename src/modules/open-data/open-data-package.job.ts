import type { Db } from '../../core/db/client.js';
import type { JobHandler } from '../../core/jobs/job-runner.js';
import { QUEUES } from '../../core/jobs/queues.js';
import { refreshOpenDataPackage } from './open-data-package.service.js';

/** Rebuilds the open-data package every night, once across all app servers. */
export function openDataPackageJob(db: Db): JobHandler {
  return { queue: QUEUES.refreshOpenData, run: () => refreshOpenDataPackage(db) };
}

import type { Db } from '../../../core/db/client.js';
import { QUEUES } from '../../../core/jobs/queues.js';
import { startTrackedJobOnce, trackedJob } from '../../jobs/jobs.service.js';
import { loadGazetteer } from './gazetteer-import.js';

export interface LoadGazetteerJob {
  countryCodes?: string[];
}

/** Loads the world's towns in the background, with its progress for the UI. */
export function gazetteerJob(db: Db) {
  return trackedJob<LoadGazetteerJob>(db, QUEUES.loadGazetteer, async (job, progress) => {
    const report = await loadGazetteer(db, { countryCodes: job.data.countryCodes, progress, signal: job.signal });
    return { ...report };
  });
}

/** Queues loading the whole gazetteer once per installation (a later start finds it done or under way). */
export function queueWholeGazetteer(db: Db) {
  return startTrackedJobOnce(db, { kind: 'load_gazetteer', queue: QUEUES.loadGazetteer, data: {} satisfies LoadGazetteerJob, workspaceId: null, requestedBy: null });
}

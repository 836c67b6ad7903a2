/**
 * Every queue of background work. Declared in one place so that migrating the database creates
 * them all: pg-boss drops a job sent to a queue that does not exist.
 */
export interface QueueDeclaration {
  name: string;
  /** `stately`: at most one job waiting and one running, so repeated requests collapse into one. */
  policy: 'standard' | 'stately';
  retryLimit: number;
  /** Seconds before the first retry; doubled for each further one. */
  retryDelay: number;
  /** A job still active after this long (its process died) is tried again. */
  expireInSeconds: number;
}

export const QUEUES = {
  extractDocument: { name: 'extract-document', policy: 'standard', retryLimit: 3, retryDelay: 5, expireInSeconds: 5 * 60 },
  ingestUpload: { name: 'ingest-upload', policy: 'standard', retryLimit: 2, retryDelay: 10, expireInSeconds: 60 * 60 },
  deliverMail: { name: 'deliver-mail', policy: 'stately', retryLimit: 5, retryDelay: 30, expireInSeconds: 10 * 60 },
  housekeeping: { name: 'housekeeping', policy: 'stately', retryLimit: 3, retryDelay: 60, expireInSeconds: 30 * 60 },
  loadGazetteer: { name: 'load-gazetteer', policy: 'stately', retryLimit: 3, retryDelay: 30, expireInSeconds: 15 * 60 },
  refreshOpenData: { name: 'refresh-open-data', policy: 'stately', retryLimit: 3, retryDelay: 60, expireInSeconds: 30 * 60 },
} as const satisfies Record<string, QueueDeclaration>;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]['name'];

/** The PostgreSQL schema pg-boss keeps its tables in. */
export const JOB_SCHEMA = 'pgboss';

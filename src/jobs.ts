import type { AppConfig } from './core/config.js';
import type { Db } from './core/db/client.js';
import type { JobHandler, JobSchedule } from './core/jobs/job-runner.js';
import { QUEUES } from './core/jobs/queues.js';
import type { Logger } from './core/logger.js';
import { housekeepingJob } from './modules/instance/housekeeping.js';
import { ingestUploadJob } from './modules/knowledge/ingest/ingest-upload-job.js';
import { closeExtractionThreads, warmExtractionThread } from './modules/knowledge/extraction/extraction-threads.js';
import { extractionJob } from './modules/knowledge/review/extraction-job.js';
import { createMailSender, mailDeliveryJob } from './modules/mail/mail-delivery.js';
import { openDataPackageJob } from './modules/open-data/open-data-package.job.js';
import { gazetteerJob } from './modules/places/gazetteer/gazetteer-job.js';

export interface BackgroundWork {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  handlers: JobHandler<any>[];
  schedules: JobSchedule[];
  close(): Promise<void>;
}

/** Every kind of background work and when the recurring ones run; worked by `serve` and `worker`. */
export function backgroundWork(db: Db, config: Pick<AppConfig, 'mail' | 'documentFileLimitBytes'>, logger: Logger): BackgroundWork {
  const mail = config.mail.smtpUrl ? createMailSender(db, { smtpUrl: config.mail.smtpUrl, from: config.mail.from, logger }) : null;
  if (!mail) logger.info('SMTP_URL is not set: e-mails stay in the outbox (stadtdialog mail:outbox)');
  warmExtractionThread();
  return {
    handlers: [
      extractionJob(db),
      ingestUploadJob(db, { fileLimitBytes: config.documentFileLimitBytes }),
      gazetteerJob(db),
      housekeepingJob(db),
      openDataPackageJob(db),
      ...(mail ? [mailDeliveryJob(mail)] : []),
    ],
    schedules: [
      { queue: QUEUES.housekeeping, cron: '17 * * * *' },
      { queue: QUEUES.refreshOpenData, cron: '23 2 * * *' },
      ...(mail ? [{ queue: QUEUES.deliverMail, cron: '* * * * *' }] : []),
    ],
    async close() {
      mail?.close();
      await closeExtractionThreads();
    },
  };
}

import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../../core/db/client.js';
import type { Logger } from '../../core/logger.js';
import type { JobHandler } from '../../core/jobs/job-runner.js';
import { QUEUES } from '../../core/jobs/queues.js';
import { claimPendingMails, markFailed, markSent } from './mail.repository.js';

const MAX_ATTEMPTS = 8;
const BATCH = 20;

export interface MailSender {
  /** Sends one batch of what is pending; returns how many mails it tried. */
  deliverBatch(): Promise<number>;
  close(): void;
}

/**
 * Delivers the outbox over SMTP. Without SMTP_URL there is no sender: mails wait in the outbox,
 * visible with `stadtdialog mail:outbox`.
 */
export function createMailSender(db: Db, options: { smtpUrl: string; from: string; logger: Logger }): MailSender {
  const transporter: Transporter = nodemailer.createTransport(options.smtpUrl);
  const deliverBatch = () =>
    db.transaction(async (tx) => {
      const mails = await claimPendingMails(tx, BATCH, MAX_ATTEMPTS);
      for (const mail of mails) {
        try {
          await transporter.sendMail({ from: options.from, to: mail.recipient, subject: mail.subject, text: mail.text });
          await markSent(tx, mail.id);
        } catch (error) {
          options.logger.warn({ err: error, mailId: mail.id }, 'sending an e-mail failed; it will be retried');
          await markFailed(tx, mail.id, (error as Error).message);
        }
      }
      return mails.length;
    });
  return { deliverBatch, close: () => transporter.close() };
}

/** Sends the outbox, batch after batch; queued after a change wrote mail, and every minute. */
export function mailDeliveryJob(sender: MailSender): JobHandler {
  return {
    queue: QUEUES.deliverMail,
    async run() {
      let tried = 0;
      for (let batch = await sender.deliverBatch(); batch > 0; batch = batch === BATCH ? await sender.deliverBatch() : 0) tried += batch;
      return { tried };
    },
  };
}

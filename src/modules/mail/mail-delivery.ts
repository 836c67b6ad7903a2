import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../../core/db/client.js';
import type { Logger } from '../../core/logger.js';
import { claimPendingMails, markFailed, markSent } from './mail.repository.js';

const MAX_ATTEMPTS = 8;
const BATCH = 20;

export interface MailDelivery {
  /** Sends what is pending now (called after a request queued mail, and periodically). */
  deliverPending(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Delivers the outbox over SMTP. Without SMTP_URL nothing is sent: mails wait in the outbox,
 * visible with `stadtdialog mail:outbox`.
 */
export function startMailDelivery(db: Db, options: { smtpUrl: string | undefined; from: string; logger: Logger; intervalMs?: number }): MailDelivery {
  if (!options.smtpUrl) {
    options.logger.info('SMTP_URL is not set: e-mails stay in the outbox (stadtdialog mail:outbox)');
    return { deliverPending: async () => 0, stop: async () => {} };
  }
  const transporter: Transporter = nodemailer.createTransport(options.smtpUrl);
  let running: Promise<number> | null = null;

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

  const deliverPending = () => {
    running ??= deliverBatch()
      .catch((error: unknown) => {
        options.logger.warn({ err: error }, 'mail delivery could not run');
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void deliverPending(), options.intervalMs ?? 15_000);
  timer.unref();
  return {
    deliverPending,
    stop: async () => {
      clearInterval(timer);
      await running;
      transporter.close();
    },
  };
}

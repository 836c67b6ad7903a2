import type { DbExecutor } from '../../core/db/client.js';
import { insertMail } from './mail.repository.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Queues a mail in the caller's transaction: it is sent only if that transaction commits. */
export async function queueMail(tx: DbExecutor, mail: OutgoingMail): Promise<void> {
  await insertMail(tx, { recipient: mail.to, subject: mail.subject, text: mail.text });
}

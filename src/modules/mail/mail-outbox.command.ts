import type { Db } from '../../core/db/client.js';
import { listOutbox, type OutboxRow } from './mail.repository.js';

function describeMail(mail: OutboxRow): string {
  const state = mail.sentAt ? `sent ${mail.sentAt.toISOString()}` : mail.lastError ? `pending, last error: ${mail.lastError}` : 'pending';
  return [
    `#${mail.id}  ${mail.createdAt.toISOString()}  to ${mail.recipient}  [${state}]`,
    `Subject: ${mail.subject}`,
    '',
    mail.text,
    '',
    '─'.repeat(72),
  ].join('\n');
}

/** The e-mails waiting in the outbox (all with `all`), oldest first, as plain text. */
export async function printOutbox(db: Db, options: { all: boolean; limit: number }): Promise<string> {
  const mails = await listOutbox(db, { pendingOnly: !options.all, limit: options.limit });
  if (mails.length === 0) return options.all ? 'The outbox is empty.' : 'No e-mails are waiting in the outbox.';
  return mails.map(describeMail).join('\n');
}

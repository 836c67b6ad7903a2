import { desc } from 'drizzle-orm';
import type { Db } from '../../src/core/db/client.js';
import { mailOutbox } from '../../src/modules/mail/mail.tables.js';

/** The newest mail queued for an address. */
export async function lastMailTo(db: Db, recipient: string) {
  const mails = await db.select().from(mailOutbox).orderBy(desc(mailOutbox.id));
  return mails.find((mail) => mail.recipient === recipient);
}

/** The token at the end of the first link of that kind in a mail, e.g. `/verify-email/`. */
export function tokenFromLink(text: string, path: string): string {
  const match = new RegExp(`${path}([^\\s/]+)`).exec(text);
  if (!match) throw new Error(`No ${path} link in:\n${text}`);
  return decodeURIComponent(match[1]!);
}

let addressCounter = 0;

/** An e-mail address no other test has used, so sign-ups and invitations never collide. */
export const newEmail = (name = 'person') => `${name}-${Date.now()}-${++addressCounter}@example.org`;

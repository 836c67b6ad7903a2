import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect } from '@playwright/test';
import { e2eDataDir } from './e2eDataDir.js';

const run = promisify(execFile);
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEPARATOR = '─'.repeat(72);

export type MailedLinkKind = 'verify-email' | 'reset-password' | 'invitations';

/** Every e-mail of the running app, as `stadtdialog mail:outbox` prints them (no SMTP: they all wait there). */
async function outbox(): Promise<string[]> {
  const { stdout } = await run(process.execPath, ['bin/stadtdialog.js', 'mail:outbox', '--limit', '1000'], {
    cwd: root,
    env: { ...process.env, STADTDIALOG_DATA_DIR: e2eDataDir(), LOG_LEVEL: 'silent' },
  });
  return stdout.split(SEPARATOR);
}

/**
 * The path of the newest link of a kind in an e-mail to `recipient`, read from the app's
 * outbox through its command line, waiting a little for the e-mail to be written.
 */
export async function mailedLink(recipient: string, kind: MailedLinkKind): Promise<string> {
  const pattern = new RegExp(`https?://\\S+/${kind}/\\S+`, 'g');
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const mails = (await outbox()).filter((mail) => mail.includes(` to ${recipient} `));
        link = mails.flatMap((mail) => mail.match(pattern) ?? []).at(-1);
        return link;
      },
      { message: `an e-mail to ${recipient} with a /${kind}/ link`, timeout: 20_000, intervals: [250, 500, 1000] },
    )
    .toBeDefined();
  const url = new URL(link!);
  return `${url.pathname}${url.search}`;
}

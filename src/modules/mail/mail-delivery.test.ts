import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../core/logger.js';
import { useTestDatabase } from '../../../test/support/test-database.js';
import { runTypeScript, CHILD_PROCESS_TEST_TIMEOUT_MS } from '../../../test/support/child-process.js';
import { createMailSender } from './mail-delivery.js';
import { queueMail } from './mail.service.js';
import { mailOutbox } from './mail.tables.js';

interface Received {
  from: string;
  to: string[];
  data: string;
}

describe('e-mail delivery', () => {
  const database = useTestDatabase();
  const received: Received[] = [];
  let server: SMTPServer;
  let port = 0;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((rcpt) => rcpt.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    port = (server.server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends queued mail over SMTP and marks it sent', async () => {
    const { db } = database.current;
    await db.transaction((tx) => queueMail(tx, { to: 'olena@example.org', subject: 'Запрошення', text: 'Ласкаво просимо до Stadtdialog' }));
    const delivery = createMailSender(db, {
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'Stadtdialog <no-reply@stadtdialog.test>',
      logger: createLogger('silent'),
    });
    expect(await delivery.deliverBatch()).toBe(1);
    delivery.close();
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['olena@example.org']);
    expect(received[0]!.from).toBe('no-reply@stadtdialog.test');
    const [row] = await db.select().from(mailOutbox);
    expect(row!.sentAt).toBeInstanceOf(Date);
  });

  it('keeps mail in the outbox when SMTP fails, for a later attempt', async () => {
    const { db } = database.current;
    await db.transaction((tx) => queueMail(tx, { to: 'andrii@example.org', subject: 'Hallo', text: 'Text' }));
    const delivery = createMailSender(db, { smtpUrl: 'smtp://127.0.0.1:9', from: 'x@example.org', logger: createLogger('silent') });
    await delivery.deliverBatch();
    delivery.close();
    const rows = await db.select().from(mailOutbox);
    const failed = rows.find((row) => row.recipient === 'andrii@example.org')!;
    expect(failed.sentAt).toBeNull();
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toBeTruthy();
  });

  it('shows waiting mail with stadtdialog mail:outbox', { timeout: CHILD_PROCESS_TEST_TIMEOUT_MS }, async () => {
    const result = await runTypeScript('src/cli.ts', ['mail:outbox'], { DATABASE_URL: database.current.url, LOG_LEVEL: 'warn' });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('to andrii@example.org');
    expect(result.stdout).toContain('Subject: Hallo');
    expect(result.stdout).not.toContain('olena@example.org');
    const all = await runTypeScript('src/cli.ts', ['mail:outbox', '--all'], { DATABASE_URL: database.current.url, LOG_LEVEL: 'warn' });
    expect(all.stdout).toContain('olena@example.org');
  });
});

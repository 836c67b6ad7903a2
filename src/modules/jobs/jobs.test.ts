import { randomBytes } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createPool, createDb } from '../../core/db/client.js';
import { startJobRunner, type JobHandler } from '../../core/jobs/job-runner.js';
import { QUEUES } from '../../core/jobs/queues.js';
import { createLogger } from '../../core/logger.js';
import { backgroundWork } from '../../jobs.js';
import { documents } from '../knowledge/documents/documents.tables.js';
import { startTrackedJob } from './jobs.service.js';
import { useTestApp, testConfig } from '../../../test/support/test-app.js';
import { extractionsFinished } from '../../../test/support/test-jobs.js';
import { createTestUser, createTestWorkspace } from '../../../test/support/test-users.js';

const logger = createLogger('silent');

function filesBody(files: { fileName: string; text: string; contentType?: string }[]) {
  const boundary = `----stadtdialog${randomBytes(8).toString('hex')}`;
  const parts = files.map(
    (file) => `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${file.fileName}"\r\nContent-Type: ${file.contentType ?? 'text/plain'}\r\n\r\n${file.text}\r\n`,
  );
  return { payload: Buffer.from(`${parts.join('')}--${boundary}--\r\n`), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('background jobs', () => {
  const testApp = useTestApp({ jobs: true, bodyLimitBytes: 4 * 1024 * 1024 });

  const setup = async () => {
    const { db } = testApp.current.database;
    const workspace = await createTestWorkspace(db, `Jobs ${randomBytes(3).toString('hex')}`);
    const member = await createTestUser(db, { memberships: [[workspace.id, 'member']] });
    const coordinator = await createTestUser(db, { memberships: [[workspace.id, 'coordinator']] });
    const guest = await createTestUser(db, { memberships: [[workspace.id, 'guest']] });
    return { workspace, member, coordinator, guest };
  };

  it('makes documents of an uploaded batch in the background, with progress to follow and an outcome per file', async () => {
    const { app, database } = testApp.current;
    const { workspace, member, coordinator, guest } = await setup();
    const text = 'Werkstatt in Winnyzja\n\nAm 12. März 2024 trafen sich Fachleute aus Winnyzja und Leipzig zur Fernwärme.';
    const { payload, contentType } = filesBody([
      { fileName: 'werkstatt.txt', text },
      { fileName: 'werkstatt-kopie.txt', text },
      { fileName: 'besuch.txt', text: 'Besuch in Kiew\n\nIm Mai 2018 reiste eine Delegation aus Grünau nach Darnyzja.' },
      { fileName: 'leer.txt', text: '' },
      { fileName: 'tabelle.xlsx', text: 'PK\u0003\u0004', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    ]);
    const response = await app.inject({ method: 'POST', url: `/api/documents/batches?workspaceId=${workspace.id}&kind=report`, headers: { ...member.headers, 'content-type': contentType }, payload });
    expect(response.statusCode, response.body).toBe(202);
    const job = response.json();
    expect(response.headers.location).toBe(`/api/jobs/${job.id}`);
    expect(job).toMatchObject({ kind: 'ingest_upload', state: 'queued', total: 5 });

    const finished = await until(async () => {
      const state = (await app.inject({ method: 'GET', url: `/api/jobs/${job.id}`, headers: member.headers })).json();
      return state.state === 'done' || state.state === 'failed' ? state : undefined;
    });
    expect(finished).toMatchObject({ state: 'done', done: 5, total: 5, errorCode: null });
    const outcomes = finished.result.outcomes as { fileName: string; status: string; documentId?: string; reason?: string }[];
    expect(outcomes.map((outcome) => [outcome.fileName, outcome.status])).toEqual([
      ['werkstatt.txt', 'created'],
      ['werkstatt-kopie.txt', 'skipped'],
      ['besuch.txt', 'created'],
      ['leer.txt', 'failed'],
      ['tabelle.xlsx', 'failed'],
    ]);
    expect(outcomes.map((outcome) => outcome.reason ?? null)).toEqual([null, 'duplicate', null, 'empty', 'unsupported']);
    const created = outcomes.filter((outcome) => outcome.documentId).map((outcome) => outcome.documentId!);
    await extractionsFinished(database.db, created);
    const rows = await database.db.select().from(documents).where(inArray(documents.id, created));
    expect(rows.map((row) => [row.createdBy, row.origin, row.extractionState])).toEqual([
      [member.id, 'upload', 'done'],
      [member.id, 'upload', 'done'],
    ]);
    // Its starter and the workspace's coordinators follow the job; a guest does not see it.
    expect((await app.inject({ method: 'GET', url: `/api/jobs/${job.id}`, headers: coordinator.headers })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: `/api/jobs/${job.id}`, headers: guest.headers })).statusCode).toBe(404);
    // The files wait only as long as the job needs them.
    expect((await database.db.execute(sql`SELECT count(*)::int AS n FROM job_uploads WHERE job_id = ${job.id}`)).rows[0]).toEqual({ n: 0 });
  });

  it('refuses a batch without files, and a guest, before queueing anything', async () => {
    const { app, database } = testApp.current;
    const { workspace, member, guest } = await setup();
    const before = (await database.db.execute(sql`SELECT count(*)::int AS n FROM job_progress`)).rows[0];
    const empty = filesBody([]);
    const none = await app.inject({ method: 'POST', url: `/api/documents/batches?workspaceId=${workspace.id}`, headers: { ...member.headers, 'content-type': empty.contentType }, payload: empty.payload });
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0].field).toBe('files');
    const one = filesBody([{ fileName: 'a.txt', text: 'Bericht' }]);
    const refused = await app.inject({ method: 'POST', url: `/api/documents/batches?workspaceId=${workspace.id}`, headers: { ...guest.headers, 'content-type': one.contentType }, payload: one.payload });
    expect(refused.statusCode).toBe(403);
    expect((await database.db.execute(sql`SELECT count(*)::int AS n FROM job_progress`)).rows[0]).toEqual(before);
  });

  it('keeps answering requests while a 2 MB report is extracted', async () => {
    const { app, database } = testApp.current;
    const { workspace, member } = await setup();
    const paragraph =
      'Am 28. und 29. November 2023 trafen sich in München Delegationen aus Winnyzja, Lwiw, Prizren und Leipzig zu einer Projektwerkstatt; ' +
      'die Stadtwerke München und das Referat für Stadtplanung stellten Fernwärme und Wasserversorgung vor. ';
    const text = `Projektwerkstatt in München\n\n${paragraph.repeat(Math.ceil(2_000_000 / paragraph.length)).slice(0, 1_990_000)}`;
    const created = await app.inject({ method: 'POST', url: '/api/documents', headers: member.headers, payload: { workspaceId: workspace.id, kind: 'report', text, extract: true } });
    expect(created.statusCode, created.body.slice(0, 300)).toBe(201);
    const id = created.json().id as string;
    await until(async () => {
      const [row] = await database.db.select({ state: documents.extractionState }).from(documents).where(eq(documents.id, id));
      return row?.state !== 'queued' ? true : undefined;
    });
    let answeredWhileRunning = 0;
    let slowest = 0;
    for (;;) {
      const began = performance.now();
      const health = await app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(200);
      const [row] = await database.db.select({ state: documents.extractionState }).from(documents).where(eq(documents.id, id));
      if (row!.state !== 'running') break;
      slowest = Math.max(slowest, performance.now() - began);
      answeredWhileRunning++;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    console.info(`health answered ${answeredWhileRunning} times during the extraction of 2 MB; slowest ${slowest.toFixed(1)} ms`);
    expect(answeredWhileRunning).toBeGreaterThan(0);
    await extractionsFinished(database.db, [id], 120_000);
    const [row] = await database.db.select({ state: documents.extractionState }).from(documents).where(eq(documents.id, id));
    expect(row!.state).toBe('done');
  }, 180_000);

  it('works each job exactly once across two app servers, and retries a failed one', async () => {
    const { app, database } = testApp.current;
    const { workspace, member } = await setup();
    // A second app server: its own connection pool and job runner on the same database.
    const secondPool = createPool({ connectionString: database.url, max: 5, logger });
    const secondDb = createDb(secondPool);
    const seen: { server: string; job: string; document: string }[] = [];
    let failOnce = true;
    const observed = (server: string, handler: JobHandler<{ documentId: string }>): JobHandler<{ documentId: string }> => ({
      queue: handler.queue,
      run: async (job) => {
        seen.push({ server, job: job.id, document: job.data.documentId });
        if (failOnce && server === 'second') {
          failOnce = false;
          throw new Error('a passing fault');
        }
        return handler.run(job);
      },
    });
    const config = testConfig();
    const workA = backgroundWork(database.db, config, logger);
    const workB = backgroundWork(secondDb, config, logger);
    // The test app's own runner is stopped so only the two servers below work the queue.
    await testApp.current.jobs!.runner.stop();
    const extractionOf = (work: typeof workA) => work.handlers.find((handler) => handler.queue === QUEUES.extractDocument)!;
    const first = await startJobRunner({ pool: database.pool, logger, handlers: [observed('first', extractionOf(workA))], pollingIntervalSeconds: 0.5 });
    const second = await startJobRunner({ pool: secondPool, logger, handlers: [observed('second', extractionOf(workB))], pollingIntervalSeconds: 0.5 });
    try {
      const ids: string[] = [];
      for (let index = 0; index < 16; index++) {
        const response = await app.inject({
          method: 'POST',
          url: '/api/documents',
          headers: member.headers,
          payload: { workspaceId: workspace.id, kind: 'news', extract: true, text: `Nachricht ${index}: Am ${index + 1}. Mai 2018 besuchte eine Delegation aus Kiew Leipzig-Grünau.` },
        });
        expect(response.statusCode, response.body).toBe(201);
        ids.push(response.json().id);
      }
      await extractionsFinished(database.db, ids, 120_000);
      const rows = await database.db.select({ state: documents.extractionState }).from(documents).where(inArray(documents.id, ids));
      expect(rows.every((row) => row.state === 'done')).toBe(true);
      const attemptsByDocument = new Map<string, number>();
      for (const attempt of seen) attemptsByDocument.set(attempt.document, (attemptsByDocument.get(attempt.document) ?? 0) + 1);
      // One attempt per document, except the one that failed and was tried again.
      expect([...attemptsByDocument.values()].sort()).toEqual([...Array(15).fill(1), 2]);
      expect(new Set(seen.map((attempt) => attempt.server))).toEqual(new Set(['first', 'second']));
      const retried = (await database.db.execute(sql`SELECT retry_count FROM pgboss.job WHERE name = ${QUEUES.extractDocument.name} AND retry_count > 0`)).rows;
      expect(retried).toEqual([{ retry_count: 1 }]);
    } finally {
      await first.stop();
      await second.stop();
      await workA.close();
      await workB.close();
      await secondPool.end();
    }
  }, 180_000);

  it('loads the gazetteer in the background with its progress for everyone signed in', async () => {
    const { app, database } = testApp.current;
    const { member } = await setup();
    expect((await app.inject({ method: 'GET', url: '/api/jobs/gazetteer', headers: member.headers })).json()).toBeNull();
    const work = backgroundWork(database.db, testConfig(), logger);
    const runner = await startJobRunner({ pool: database.pool, logger, handlers: work.handlers.filter((handler) => handler.queue === QUEUES.loadGazetteer), pollingIntervalSeconds: 0.5 });
    try {
      await database.db.transaction((tx) => startTrackedJob(tx, { kind: 'load_gazetteer', queue: QUEUES.loadGazetteer, data: { countryCodes: ['XK'] }, workspaceId: null, requestedBy: null }));
      const finished = await until(async () => {
        const job = (await app.inject({ method: 'GET', url: '/api/jobs/gazetteer', headers: member.headers })).json();
        return job?.state === 'done' ? job : undefined;
      });
      expect(finished.done).toBe(finished.total);
      expect(finished.total).toBeGreaterThan(1);
      expect(finished.result).toMatchObject({ countries: 1 });
      expect((await app.inject({ method: 'GET', url: '/api/jobs/gazetteer' })).json()).toBeNull();
    } finally {
      await runner.stop();
      await work.close();
    }
  });
});

import PgBoss from 'pg-boss';
import type pg from 'pg';
import type { Logger } from '../logger.js';
import { JOB_SCHEMA, type QUEUES } from './queues.js';
import { poolAdapter } from './sql-adapter.js';

type Queue = (typeof QUEUES)[keyof typeof QUEUES];

export interface RunningJob<Data> {
  id: string;
  data: Data;
  /** No retry follows when this attempt fails. */
  lastAttempt: boolean;
  /** Aborted when the process stops: long work gives up between steps and is tried again later. */
  signal: AbortSignal;
}

export interface JobHandler<Data = never> {
  queue: Queue;
  run(job: RunningJob<Data>): Promise<unknown>;
}

export interface JobSchedule {
  queue: Queue;
  /** A cron expression in UTC. */
  cron: string;
}

export interface JobRunner {
  /** Queues a job without data now (on a stately queue, at most one waits). */
  trigger(queue: Queue): Promise<void>;
  stop(): Promise<void>;
}

export interface JobRunnerOptions {
  pool: pg.Pool;
  logger: Logger;
  // Handlers of different data types share one list.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  handlers: JobHandler<any>[];
  schedules?: JobSchedule[];
  pollingIntervalSeconds?: number;
}

/**
 * Works the queues: each job runs once across all app servers and workers on the database (pg-boss
 * locks it with SKIP LOCKED), failed jobs come back after a growing delay, schedules fire once
 * per period across servers. Stopping asks running jobs to give up at their next step, and waits for them.
 */
export async function startJobRunner({ pool, logger, handlers, schedules = [], pollingIntervalSeconds = 1 }: JobRunnerOptions): Promise<JobRunner> {
  const boss = new PgBoss({ db: poolAdapter(pool), schema: JOB_SCHEMA, migrate: false, supervise: true, schedule: schedules.length > 0 });
  boss.on('error', (error) => logger.warn({ err: error }, 'the job queue met an error; it goes on'));
  await boss.start();
  const stopping = new AbortController();
  for (const handler of handlers) {
    await boss.work<unknown>(handler.queue.name, { includeMetadata: true, batchSize: 1, pollingIntervalSeconds }, async ([job]) => {
      if (!job) return;
      const began = performance.now();
      try {
        const output = await handler.run({ id: job.id, data: job.data as never, lastAttempt: job.retryCount >= job.retryLimit, signal: stopping.signal });
        const ms = Math.round(performance.now() - began);
        // Long work (the gazetteer, a large batch) is worth a line in the log when it ends.
        logger[ms >= 5_000 ? 'info' : 'debug']({ job: job.id, queue: job.name, ms }, 'job done');
        return output;
      } catch (error) {
        if (stopping.signal.aborted) logger.info({ job: job.id, queue: job.name }, 'a job was interrupted by the shutdown; it runs again later');
        else logger.warn({ err: error, job: job.id, queue: job.name, attempt: job.retryCount + 1 }, 'a job failed');
        throw error;
      }
    });
  }
  for (const schedule of schedules) await boss.schedule(schedule.queue.name, schedule.cron, {}, { tz: 'UTC' });
  return {
    trigger: async (queue) => {
      await boss.send(queue.name, {}).catch((error: unknown) => logger.warn({ err: error, queue: queue.name }, 'a job could not be queued'));
    },
    stop: async () => {
      stopping.abort();
      await boss.stop({ graceful: true, close: false, wait: true, timeout: 20_000 });
    },
  };
}

import PgBoss from 'pg-boss';
import type { DbExecutor } from '../db/client.js';
import { JOB_SCHEMA, type QUEUES } from './queues.js';
import { transactionAdapter } from './sql-adapter.js';

type Queue = (typeof QUEUES)[keyof typeof QUEUES];

// Sending is one INSERT through the caller's transaction; this instance is never started.
let sender: PgBoss | undefined;

function jobSender(): PgBoss {
  sender ??= new PgBoss({
    schema: JOB_SCHEMA,
    db: {
      executeSql: () => {
        throw new Error('jobs are sent through a transaction');
      },
    },
  });
  return sender;
}

export interface SendOptions {
  /** Jobs with the same key wait only once (stately queues). */
  singletonKey?: string;
  startAfterSeconds?: number;
}

/**
 * Queues background work in the caller's transaction: the job exists if and only if the change
 * commits. Returns the job's id, or null when an identical job is already waiting.
 */
export async function sendJob(tx: DbExecutor, queue: Queue, data: object, options: SendOptions = {}): Promise<string | null> {
  return jobSender().send(queue.name, data, {
    db: transactionAdapter(tx),
    ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
  });
}

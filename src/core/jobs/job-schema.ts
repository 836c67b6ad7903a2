import PgBoss from 'pg-boss';
import type pg from 'pg';
import { APPLICATION_ROLE } from '../db/application-role.js';
import { JOB_SCHEMA, QUEUES } from './queues.js';
import { poolAdapter } from './sql-adapter.js';

/**
 * Installs or upgrades pg-boss's tables and creates every queue; part of migrating the database,
 * on the caller's connection (which holds the migration lock).
 */
export async function installJobSchema(client: pg.PoolClient): Promise<void> {
  const boss = new PgBoss({ db: poolAdapter(client), schema: JOB_SCHEMA, migrate: true, supervise: false, schedule: false });
  await boss.start();
  try {
    const existing = new Set((await boss.getQueues()).map((queue) => queue.name));
    for (const queue of Object.values(QUEUES)) {
      const options = { name: queue.name, retryLimit: queue.retryLimit, retryDelay: queue.retryDelay, retryBackoff: true, expireInSeconds: queue.expireInSeconds };
      if (existing.has(queue.name)) await boss.updateQueue(queue.name, options);
      else await boss.createQueue(queue.name, { ...options, policy: queue.policy });
    }
  } finally {
    await boss.stop({ graceful: false, close: false, wait: true });
  }
  await grantJobSending(client);
}

/** Requests send jobs inside their own transactions, which run as the application role. */
async function grantJobSending(client: pg.PoolClient): Promise<void> {
  await client.query(`
    DO $$
    BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APPLICATION_ROLE}') THEN
        GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${APPLICATION_ROLE};
        GRANT SELECT ON ${JOB_SCHEMA}.queue TO ${APPLICATION_ROLE};
        GRANT SELECT (id), INSERT ON ${JOB_SCHEMA}.job TO ${APPLICATION_ROLE};
      END IF;
    END
    $$`);
}

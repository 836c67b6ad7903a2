import type pg from 'pg';
import { probeDatabase } from '../../core/db/migrate.js';
import { appVersion } from '../../core/version.js';
import type { Health } from './health.schemas.js';

const startedAt = Date.now();

export async function checkHealth(pool: pg.Pool, databaseKind: 'embedded' | 'external'): Promise<Health> {
  const base = { version: appVersion, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) };
  const began = performance.now();
  try {
    const { serverVersion, migrations } = await probeDatabase(pool);
    const latencyMs = Math.round((performance.now() - began) * 100) / 100;
    return {
      ...base,
      status: 'ok',
      database: { reachable: true, kind: databaseKind, serverVersion, latencyMs, migrations },
    };
  } catch {
    return {
      ...base,
      status: 'unavailable',
      database: { reachable: false, kind: databaseKind, serverVersion: null, latencyMs: null, migrations: null },
    };
  }
}

import { describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { createDb, createPool } from '../../core/db/client.js';
import { createLogger } from '../../core/logger.js';
import { appVersion } from '../../core/version.js';
import { TEST_WEB_DIR, testConfig, useTestApp } from '../../../test/support/test-app.js';

describe('GET /api/health', () => {
  const testApp = useTestApp({ demoData: false });

  it('reports the service, the database and the migration level', async () => {
    const response = await testApp.current.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const health = response.json();
    expect(health).toMatchObject({ status: 'ok', version: appVersion, database: { reachable: true } });
    expect(health.database.serverVersion).toMatch(/^\d+\.\d+/);
    expect(health.database.migrations.applied).toBe(health.database.migrations.available);
    expect(health.database.migrations.pending).toEqual([]);
    expect(health.database.migrations.latest).toMatch(/^\d{4}_/);
  });
});

describe('when the database cannot be reached', () => {
  it('answers 503 with Retry-After, both on health and on data routes', async () => {
    // A port nothing listens on: every connection attempt is refused.
    const pool = createPool({ connectionString: 'postgresql://nobody:secret@127.0.0.1:9/none', max: 1, logger: createLogger('silent') });
    const app = await buildApp({
      config: testConfig(),
      database: { db: createDb(pool), pool, kind: 'external', applicationRole: null },
      logger: createLogger('silent'),
      webDir: TEST_WEB_DIR,
      cookieSecret: 'a fixed secret for a test without a database',
    });
    try {
      const health = await app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(503);
      expect(health.headers['retry-after']).toBe('5');
      expect(health.json()).toMatchObject({ status: 'unavailable', database: { reachable: false } });

      for (const url of ['/api/partnerships', '/api/exchanges', '/api/networks/0b4c8f3e-2b7a-4a52-9a43-7d1c2f3e4a5b']) {
        const response = await app.inject({ method: 'GET', url });
        expect(response.statusCode, url).toBe(503);
        expect(response.headers['retry-after']).toBe('5');
        expect(response.json()).toMatchObject({ code: 'database_unavailable', status: 503 });
      }
    } finally {
      await app.close();
      await pool.end();
    }
  });
});

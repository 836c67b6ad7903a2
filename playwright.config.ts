import { rmSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { E2E_DATA_ROOT, E2E_REPORT_FILE, e2eDataDir, e2eServerIndex } from './e2e/support/e2eDataDir.js';

const firstPort = Number(process.env.E2E_PORT ?? 3199);
// Two workers, each with an app server and database of its own (ports E2E_PORT and E2E_PORT + 1);
// E2E_WORKERS=1 runs every spec one after another against a single server.
const workers = Number(process.env.E2E_WORKERS ?? 2);
if (!Number.isInteger(workers) || workers < 1) throw new Error(`E2E_WORKERS must be a whole number of at least 1, not "${process.env.E2E_WORKERS}"`);
const serverURL = (index: number) => `http://127.0.0.1:${firstPort + index}`;

// Every run starts from empty embedded databases seeded with the demo data. Worker processes
// load this file as well; only the runner (no TEST_WORKER_INDEX) may clear the directory.
if (process.env.TEST_WORKER_INDEX === undefined) rmSync(E2E_DATA_ROOT, { recursive: true, force: true });

export default defineConfig({
  testDir: 'e2e',
  // Spec files are spread over the workers; the tests of one file run in order on one server.
  fullyParallel: false,
  workers,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // The JSON report feeds `node scripts/e2e-durations.mjs`, which shows where a run's time went.
  reporter: [['list'], ...(process.env.CI ? [['html', { open: 'never' }] as const] : []), ['json', { outputFile: E2E_REPORT_FILE }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    // Each worker process evaluates this file with its own index: it talks to its own server.
    baseURL: serverURL(e2eServerIndex()),
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 900 } } }],
  webServer: Array.from({ length: workers }, (_, index) => ({
    command: 'node bin/stadtdialog.js serve --seed-demo',
    url: `${serverURL(index)}/api/health`,
    // Every test signs up its own people from the one address of the browser.
    // The tests look for demo records; the world's towns would only slow the first minute down.
    env: {
      PORT: String(firstPort + index),
      HOST: '127.0.0.1',
      STADTDIALOG_DATA_DIR: e2eDataDir(index),
      LOG_LEVEL: 'warn',
      SIGN_UP_LIMIT_PER_HOUR: '1000',
      DEMO_WORLD_GAZETTEER: 'false',
    },
    reuseExistingServer: false,
    timeout: 180_000,
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 20_000 },
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  })),
});

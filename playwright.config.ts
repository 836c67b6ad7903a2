import { rmSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { E2E_DATA_DIR } from './e2e/support/e2eDataDir.js';

const port = Number(process.env.E2E_PORT ?? 3199);
const baseURL = `http://127.0.0.1:${port}`;
const dataDir = E2E_DATA_DIR;

/** Tests import it from e2e/support/e2eDataDir.ts (importing this file from a test would run it again). */
export { E2E_DATA_DIR };

// Every run starts from an empty embedded database seeded with the demo data. Worker processes
// load this file as well; only the runner (no TEST_WORKER_INDEX) may clear the directory.
if (process.env.TEST_WORKER_INDEX === undefined) rmSync(dataDir, { recursive: true, force: true });

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
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
  webServer: {
    command: 'node bin/stadtdialog.js serve --seed-demo',
    url: `${baseURL}/api/health`,
    // Every test signs up its own people from the one address of the browser.
    // The tests look for demo records; the world's towns would only slow the first minute down.
    env: { PORT: String(port), HOST: '127.0.0.1', STADTDIALOG_DATA_DIR: dataDir, LOG_LEVEL: 'warn', SIGN_UP_LIMIT_PER_HOUR: '1000', DEMO_WORLD_GAZETTEER: 'false' },
    reuseExistingServer: false,
    timeout: 180_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

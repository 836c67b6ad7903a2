import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // A test file spends much of its time waiting for PostgreSQL, a process of its own, so at
    // least two files run at a time: Vitest's default (one less than the cores) would run them one
    // by one on two cores. Measured on 15 files of this suite on a busy two-core machine: 268 s
    // one at a time, 197 s two at a time.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    // Test files share one module graph per worker: each builds its app from the template database
    // anyway, and loading the app's modules once per worker instead of once per file saves minutes.
    isolate: false,
    // The heaviest tests (thousands of generated or gazetteer records) take up to half of this
    // when another file runs beside them on a busy machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

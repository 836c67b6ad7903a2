import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // Test files share one module graph per worker: each builds its app from the template database
    // anyway, and loading the app's modules once per worker instead of once per file saves minutes.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

import { defineConfig } from 'vitest/config';

// Three suites with different costs: unit tests fake I/O and run in seconds; integration
// and browser tests start real services (Temporal dev server, Azurite, SQL, Chromium).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            '{lib,api,activities,workflows,worker,scripts,quality,bench}/**/*.test.ts',
            'web/src/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/integration/global-setup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // The dashboard built once; Temporal and Azurite for the test on pipeline-made data.
          globalSetup: ['tests/browser/global-setup.ts', 'tests/integration/global-setup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

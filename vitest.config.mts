import { defineConfig } from 'vitest/config';

// Two projects: everything under Node (core, transports, the Electron shell with electron mocked),
// and the end-to-end tests that drive the built app in headless Chromium.
export default defineConfig({
  test: {
    pool: 'forks',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'node',
          include: ['test/{core,transports,main,architecture,renderer}/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // One browser at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});

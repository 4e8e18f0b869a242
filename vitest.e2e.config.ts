import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real browsers against local vendor-like pages. Every test
// file runs once per browser (one project each); E2E_BROWSERS=firefox (or chromium) narrows the run.
const browsers = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',').filter(Boolean);

export default defineConfig({
  test: {
    // One browser at a time: the machines have two cores.
    fileParallelism: false,
    maxWorkers: 1,
    projects: browsers.map((browser) => ({
      test: {
        name: browser,
        environment: 'node',
        include: ['tests/e2e/**/*.e2e.ts'],
        globalSetup: ['tests/e2e/global-setup.ts'],
        fileParallelism: false,
        testTimeout: 90_000,
        hookTimeout: 180_000,
        env: { E2E_BROWSER: browser },
      },
    })),
  },
});

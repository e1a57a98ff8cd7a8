import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const WORKERS = process.env.E2E_WORKERS ?? '1';

// Debian's Chromium, never a downloaded browser (the machine has no route to one).
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results',
  // Each test has its own browser context, and the mock backend lives in that context's page
  // (its data in the context's localStorage, its clock in the page), so tests share nothing but
  // the static preview server: any test may run beside any other, split by test rather than by
  // file. One worker unless E2E_WORKERS says otherwise (a number, or a share of the CPUs such
  // as 100%): more is for a machine with CPUs to spare (docs/testing.md).
  fullyParallel: true,
  workers: WORKERS.endsWith('%') ? WORKERS : Number(WORKERS),
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '../../reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    // A production build on the mock backend (the worker is part of a mock-mode build), made
    // with the test seams on (VITE_TEST_SEAMS=on: the mock's test clock, mocks/test-clock.ts)
    // into its own folder; `npm run build` (dist/) never has them (.ci/check-test-seams.mjs).
    cwd: '../..',
    command: `VITE_TEST_SEAMS=on npx vite build --outDir dist-e2e --emptyOutDir --logLevel warn && npx vite preview --outDir dist-e2e --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
  },
});

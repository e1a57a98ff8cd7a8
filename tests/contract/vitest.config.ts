import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Contract tests need a running API, so they are kept out of the default `vitest run`
// (vite.config.ts projects) and run with this config by `npm run test:contract`.
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    name: 'contract',
    environment: 'node',
    include: ['tests/contract/**/*.test.ts'],
    // One server, one shared data set: files run one after another.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});

/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The mock worker is only bundled when VITE_API_BASE_URL is unset (mock mode);
// src/main.tsx guards the dynamic import so a real-backend build tree-shakes it out.
export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 400,
  },
  test: {
    testTimeout: 15000,
    projects: [
      {
        // Pure rules and the mock backend's own behaviour: plain Node, no DOM.
        extends: true,
        test: {
          name: 'domain',
          environment: 'node',
          include: ['tests/domain/**/*.test.ts', 'tests/api/**/*.test.ts', 'tests/mocks/**/*.test.ts'],
        },
      },
      {
        // Routes rendered as a user sees them, on the MSW node server.
        extends: true,
        test: {
          name: 'integration',
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          include: ['tests/features/**/*.test.{ts,tsx}'],
          css: false,
        },
      },
    ],
  },
});

import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { resetMockDb, server } from '../mocks/node';
import { writeToken } from '../src/api/session-token';
import { authStore } from '../src/features/auth/auth-store';
import { setTestClock } from '../src/lib/clock';

// CI runs on 2 shared cores: give async queries room before calling a slow render a failure.
configure({ asyncUtilTimeout: 4000 });

// jsdom lacks these; Mantine needs them.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});
window.HTMLElement.prototype.scrollIntoView = () => {};
window.scrollTo = () => {};
globalThis.ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

let consoleErrors: unknown[][] = [];
beforeEach(() => {
  resetMockDb();
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  writeToken(null);
  authStore.set(null);
  setTestClock(null);
  vi.restoreAllMocks();
  // docs/conventions.md: a console.error fails the test.
  if (consoleErrors.length > 0) {
    throw new Error(
      `console.error was called:\n${consoleErrors.map((a) => a.map(String).join(' ')).join('\n')}`,
    );
  }
});

afterAll(() => server.close());

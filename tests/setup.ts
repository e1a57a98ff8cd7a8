import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { resetMockDb, server } from '../mocks/node';
import { writeToken } from '../src/api/session-token';
import { authStore } from '../src/features/auth/auth-store';
import { setTestClock } from '../src/lib/clock';
import { answerProblems, endpointOf } from './utils/answer-check';

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

// Every answer the app gets from the API, checked against its endpoint's schema (the success
// body, or the error body with only the `current` its status declares): a mismatch fails the
// test, as a console.error does. Answers a test makes up itself to break the network (a
// Response.error(), a proxy's page) are not the API's and are not checked.
let answerChecks: Promise<string[]>[] = [];
server.events.on('response:mocked', ({ request, response }) => {
  const key = endpointOf(request.method, request.url);
  if (!key || response.type === 'error' || response.status >= 500) return;
  const copy = response.clone();
  answerChecks.push(
    copy.text().then((text) => {
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        return [`${key} ${response.status}: not JSON`];
      }
      return answerProblems(key, response.status, body);
    }),
  );
});

let consoleErrors: unknown[][] = [];
beforeEach(() => {
  resetMockDb();
  consoleErrors = [];
  answerChecks = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});

afterEach(async () => {
  const mismatches = (await Promise.all(answerChecks)).flat();
  answerChecks = [];
  cleanup();
  server.resetHandlers();
  writeToken(null);
  authStore.set(null);
  setTestClock(null);
  vi.restoreAllMocks();
  if (mismatches.length > 0)
    throw new Error(`The API answered outside its schema:\n${mismatches.join('\n')}`);
  // docs/conventions.md: a console.error fails the test.
  if (consoleErrors.length > 0) {
    throw new Error(
      `console.error was called:\n${consoleErrors.map((a) => a.map(String).join(' ')).join('\n')}`,
    );
  }
});

afterAll(() => server.close());

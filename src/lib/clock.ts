// The time now, for rules that depend on it (a register is finalised only once its session has
// started). Code asks `now()` rather than `new Date()` so tests can set the time.
//
// The seam exists only where NODE_ENV is 'test': under vitest, and in the server or the mock
// API started with NODE_ENV=test (their Node builds keep `process.env`). A browser build
// replaces `process.env.NODE_ENV` with "production", so every branch below that reads the
// test time is dead code there and is dropped; `.ci/bundle-budget.mjs` checks the built app
// has no trace of it (the marker `test-clock`). End-to-end tests in the browser set the
// browser's own clock instead (Playwright's `page.clock`).

// Not a Node type here (browser code): Vite and Node both provide it.
declare const process: { env: { NODE_ENV?: string } };

let fixedAt: number | undefined;

export function now(): Date {
  if (process.env.NODE_ENV === 'test' && fixedAt !== undefined) return new Date(fixedAt);
  return new Date();
}

/** Tests only: fixes `now()` at a moment, or lets it follow the real clock again (null). */
export function setTestClock(at: Date | string | null): void {
  if (process.env.NODE_ENV !== 'test') throw new Error('test-clock: only under NODE_ENV=test');
  fixedAt = at === null ? undefined : new Date(at).getTime();
}

/** The moment a request is handled at. Under NODE_ENV=test a request may name its moment in
 * an `X-Test-Clock` header: an ISO date-time (that moment: contract tests act before and
 * after a session starts) or `+` and a number of milliseconds (that far ahead of now: they
 * see offers expire without waiting 48 hours). Nothing else moves; anything else in the
 * header is ignored. */
// The one test-clock header, on the server and the mock API alike; named only inside the
// branch a browser build drops.
export function requestNow(headers: { get(name: string): string | null | undefined }): Date {
  if (process.env.NODE_ENV === 'test') {
    const asked = headers.get('x-test-clock')?.trim();
    if (asked) {
      const ahead = /^\+\d+$/.test(asked) ? Number(asked.slice(1)) : NaN;
      const at = Number.isFinite(ahead) ? now().getTime() + ahead : Date.parse(asked);
      if (!Number.isNaN(at)) return new Date(at);
    }
  }
  return now();
}

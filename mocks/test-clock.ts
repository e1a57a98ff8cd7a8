import { now, requestNow } from '../src/lib/clock';

// The mock's clock: the request's moment from src/lib/clock.ts (the real clock; under
// NODE_ENV=test a fixed clock in Vitest or the request's `X-Test-Clock` header, as on the
// server). The in-browser mock of the e2e suite has no request headers to set, so there a test
// moves the clock ahead with `globalThis.__cohortTestClock` (milliseconds). Only a build made
// with the test seams on (`__TEST_SEAMS__`: Vitest, and builds with VITE_TEST_SEAMS=on or
// TEST_SEAMS=on) keeps that branch: in any other build the constant is false and the minifier
// drops it with its name (`.ci/check-test-seams.mjs` proves it on the production bundles).

declare const __TEST_SEAMS__: boolean | undefined;

export function mockNow(request?: Request): Date {
  const at = request ? requestNow(request.headers) : now();
  if (typeof __TEST_SEAMS__ !== 'undefined' && __TEST_SEAMS__) {
    const ahead = Number((globalThis as { __cohortTestClock?: unknown }).__cohortTestClock);
    if (Number.isFinite(ahead)) return new Date(at.getTime() + ahead);
  }
  return at;
}

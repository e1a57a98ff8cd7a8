import { now, requestNow } from '../src/lib/clock';

// The mock's clock. Tests move it to see offers expire without waiting 48 hours: the
// `x-cohort-test-clock` header (milliseconds ahead; the HTTP mock API in the contract suite) or
// `globalThis.__cohortTestClock` (the in-browser mock in e2e). Only a build made with the test
// seams on (`__TEST_SEAMS__`: Vitest, and builds with VITE_TEST_SEAMS=on or TEST_SEAMS=on)
// keeps this branch: in any other build the constant is false and the minifier drops the
// branch with its names (`.ci/check-test-seams.mjs` proves it on the production bundles).
// Otherwise the request's moment is src/lib/clock.ts's (its own NODE_ENV=test seam: a fixed
// clock in Vitest, an `X-Test-Clock` header).

declare const __TEST_SEAMS__: boolean | undefined;

export function mockNow(request?: Request): Date {
  if (typeof __TEST_SEAMS__ !== 'undefined' && __TEST_SEAMS__) {
    const header = request?.headers.get('x-cohort-test-clock');
    const global = (globalThis as { __cohortTestClock?: unknown }).__cohortTestClock;
    const ahead = Number(header ?? global ?? NaN);
    if (Number.isFinite(ahead)) return new Date(now().getTime() + ahead);
  }
  return request ? requestNow(request.headers) : now();
}

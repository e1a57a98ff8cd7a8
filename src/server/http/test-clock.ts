// The server's test seam for time: contract tests move a request's "now" ahead with the
// `x-cohort-test-clock` header (milliseconds), to see offers expire without waiting for them.
// It is honoured only by a server started with NODE_ENV=test (`readConfig` -> `testClock`);
// any other server, production above all, ignores the header (tests/server/test-clock.test.ts).

export const TEST_CLOCK_HEADER = 'x-cohort-test-clock';

export function requestNow(header: string | undefined, honoured: boolean): Date {
  const ahead = honoured && header ? Number(header) : 0;
  return new Date(Date.now() + (Number.isFinite(ahead) ? ahead : 0));
}

import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { store } from '../../mocks/db';
import { ENDPOINT_ROWS as ROLE_MATRIX } from '../../mocks/endpoint-access';
import { ENDPOINTS, type EndpointKey } from '../../src/api/endpoints';
import type { EndpointContract } from '../../src/api/endpoint-contract';
import { resetMockDb, server } from '../../mocks/node';
import type { Role } from '../../src/api/schemas/staff';
import { call } from './api-client';

const AS: Record<Role, string> = {
  facilitator: 'priya.shah@nhs.net',
  admin: 'sam.patel@nhs.net',
  manager: 'joanne.fraser@nhs.net',
};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockDb({ today: '2026-11-23' }));
afterAll(() => server.close());

/** Real ids so a forbidden call is refused for its role, not for a missing record. */
function concrete(path: string): string {
  const cohort = store.data.cohorts[0]!;
  const session = store.data.sessions.find((s) => s.cohortId === cohort.id)!;
  const enrolment = store.data.enrolments.find((e) => e.cohortId === cohort.id)!;
  return path
    .replace(':id', cohort.id)
    .replace(':sessionId', session.id)
    .replace(':enrolmentId', enrolment.id)
    .replace(/:[a-zA-Z]+/g, 'x_0001');
}

const state = () => JSON.stringify({ ...store.data, tokens: {}, idempotency: {} });

describe('role matrix: every endpoint refuses the roles it does not allow', () => {
  const forbidden = ROLE_MATRIX.flatMap((r) =>
    r.roles === 'public'
      ? []
      : (['facilitator', 'admin', 'manager'] as Role[])
          .filter((role) => !r.roles.includes(role))
          .map((role) => ({ ...r, role })),
  );

  it('covers writes for every role that must not make them', () => {
    expect(
      forbidden.filter((f) => f.role === 'manager' && f.method !== 'GET').length,
    ).toBeGreaterThan(15);
    // Managers read everything and write nothing.
    const managerWrites = ROLE_MATRIX.filter(
      (r) =>
        r.method !== 'GET' &&
        !(ENDPOINTS[`${r.method} ${r.path}` as EndpointKey] as EndpointContract).safe &&
        r.roles !== 'public' &&
        r.roles.includes('manager') &&
        !r.path.startsWith('/auth'),
    );
    // Searches are POSTs (to keep names and NHS numbers out of URLs) that write nothing.
    expect(managerWrites.map((r) => r.path)).toEqual([]);
  });

  it.each(forbidden.map((f) => [`${f.method} ${f.path} as ${f.role}`, f] as const))(
    '%s -> 403 and nothing changes',
    async (_name, f) => {
      const before = state();
      const r = await call(f.method, concrete(f.path), {
        as: AS[f.role],
        body: f.method === 'GET' || f.method === 'DELETE' ? undefined : {},
        headers: { 'If-Match': '"1"' },
      });
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe('forbidden');
      expect(state()).toBe(before);
    },
  );

  it.each(
    ROLE_MATRIX.filter((r) => r.roles !== 'public').map(
      (r) => [`${r.method} ${r.path}`, r] as const,
    ),
  )('%s without a session -> 401', async (_name, r) => {
    expect(
      (await call(r.method, concrete(r.path), { body: r.method === 'GET' ? undefined : {} }))
        .status,
    ).toBe(401);
  });
});

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '"><img src=x onerror=alert(1)>',
    '\u202e\u0000\ud83d\ude00',
    '=cmd|" /C calc"!A0',
    'x'.repeat(20000),
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
);
const hostileBody = fc.oneof(
  fc.dictionary(
    fc.constantFrom(
      'name',
      'reason',
      'note',
      'code',
      'date',
      'email',
      'nhsNumber',
      'givenName',
      'capacity',
      'facilitatorIds',
      'q',
      'availability',
      'toCohortId',
      'action',
    ),
    hostile,
  ),
  hostile,
);

describe('hostile input, fuzzed', () => {
  const writes = ROLE_MATRIX.filter(
    (r) => r.method !== 'GET' && r.roles !== 'public' && !r.path.startsWith('/auth'),
  );
  it.each(writes.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s answers 4xx or success, never 500, and a refusal writes nothing',
    async (_name, r) => {
      const role = (r.roles as Role[])[0]!;
      await fc.assert(
        fc.asyncProperty(hostileBody, async (body) => {
          const before = state();
          const res = await call(r.method, concrete(r.path), {
            as: AS[role],
            body: JSON.stringify(body),
            headers: { 'If-Match': '"1"' },
          });
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) {
            expect(typeof res.body.error.message).toBe('string');
            expect(state()).toBe(before);
          }
        }),
        { numRuns: 25 },
      );
    },
  );
});

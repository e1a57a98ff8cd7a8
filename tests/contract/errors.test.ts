import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EndpointKey } from '../../src/api/endpoints';
import {
  AS,
  bogusCredential,
  call,
  credentialFor,
  expectError,
  resetDemo,
  type Account,
} from './contract-client';

// Roles come from the committed OpenAPI document, the contract a real backend is held to.
const spec = JSON.parse(readFileSync('src/api/openapi.json', 'utf8')) as {
  paths: Record<string, Record<string, { 'x-roles': string[] }>>;
};
const operations = Object.entries(spec.paths).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => ({
    key: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}` as EndpointKey,
    roles: op['x-roles'],
  })),
);
const ROLES = ['facilitator', 'admin', 'manager'] as const;
const params: Record<string, string> = {};

beforeAll(async () => {
  await resetDemo();
  // Every role signs in first: a sign-in is audited, and the role tests compare the trail.
  for (const account of Object.values(AS)) await credentialFor(account);
  // Real ids (a cohort Priya facilitates), so a refusal is about the role, not a missing record.
  const cohort = (await call<{ items: { id: string }[] }>('GET /cohorts', { as: AS.facilitator }))
    .body.items[0]!;
  const detail = (
    await call<{ sessions: { id: string }[] }>('GET /cohorts/:id', {
      as: AS.admin,
      params: { id: cohort.id },
    })
  ).body;
  const roster = (
    await call<{ items: { id: string }[] }>('GET /cohorts/:id/enrolments', {
      as: AS.admin,
      params: { id: cohort.id },
    })
  ).body;
  Object.assign(params, {
    id: cohort.id,
    sessionId: detail.sessions[0]!.id,
    enrolmentId: roster.items[0]!.id,
  });
});

describe('auth: 401 without a valid session', () => {
  const protectedOps = operations.filter((o) => o.roles.length > 0);
  it('the document lists protected operations', () =>
    expect(protectedOps.length).toBeGreaterThan(30));
  it.each(protectedOps.map((o) => [o.key, o] as const))('%s -> 401', async (_k, o) => {
    expectError(
      await call(o.key, { params, body: o.key.startsWith('GET') ? undefined : {} }),
      401,
      'unauthenticated',
    );
    expectError(
      await call(o.key, {
        params,
        headers: await bogusCredential(),
        body: o.key.startsWith('GET') ? undefined : {},
      }),
      401,
      'unauthenticated',
    );
  });
});

describe('roles: 403 for every role an operation does not allow, and nothing is written', () => {
  const forbidden = operations.flatMap((o) =>
    o.roles.length === 0
      ? []
      : ROLES.filter((r) => !o.roles.includes(r)).map((role) => ({ ...o, role })),
  );
  it.each(forbidden.map((f) => [`${f.key} as ${f.role}`, f] as const))('%s', async (_k, f) => {
    const before = (await call<{ total: number }>('GET /audit', { as: AS.admin })).body.total;
    expectError(
      await call(f.key, {
        as: AS[f.role],
        params,
        version: 1,
        body: f.key.startsWith('GET') || f.key.startsWith('DELETE') ? undefined : {},
      }),
      403,
      'forbidden',
    );
    expect((await call<{ total: number }>('GET /audit', { as: AS.admin })).body.total).toBe(before);
  });

  it('a facilitator cannot open a cohort they do not facilitate', async () => {
    const own = new Set(
      (
        await call<{ items: { id: string }[] }>('GET /cohorts', { as: AS.facilitator })
      ).body.items.map((c) => c.id),
    );
    const other = (
      await call<{ items: { id: string }[] }>('GET /cohorts', { as: AS.admin })
    ).body.items.find((c) => !own.has(c.id))!;
    expectError(
      await call('GET /cohorts/:id', { as: AS.facilitator, params: { id: other.id } }),
      403,
      'forbidden',
    );
  });
});

describe('validation: 400 with fieldErrors on the fields at fault', () => {
  const cases: [EndpointKey, Account | undefined, unknown, string[]][] = [
    ['POST /auth/login', undefined, { email: 'not-an-email', password: '' }, ['email', 'password']],
    [
      'POST /cohorts',
      AS.admin,
      { name: '', capacity: 40, facilitatorIds: [] },
      ['name', 'capacity', 'facilitatorIds'],
    ],
    [
      'POST /referrals',
      AS.admin,
      { givenName: 'A', nhsNumber: '9434765918' },
      ['nhsNumber', 'familyName'],
    ],
    ['POST /participants/search', AS.admin, { q: 'a' }, ['q']],
    ['PUT /sessions/:sessionId/attendance/:enrolmentId', AS.admin, { code: 9 }, ['code']],
  ];
  it.each(cases)('%s', async (key, as, body, fields) => {
    const error = expectError(
      await call(key, { as, params, version: 0, body }),
      400,
      'validation_failed',
    );
    for (const field of fields) expect(error.fieldErrors?.[field], field).toBeDefined();
  });

  it('a body that is not JSON is a 400, not a 500', async () => {
    expectError(
      await call('POST /cohorts', { as: AS.admin, body: '{"name":' }),
      400,
      'validation_failed',
    );
  });
});

describe('not found: 404', () => {
  it.each([
    ['GET /cohorts/:id', { id: 'coh_nope' }],
    ['GET /sessions/:sessionId/register', { sessionId: 'ses_nope' }],
    ['GET /referrals/:id', { id: 'ref_nope' }],
    ['GET /vacancies/:id', { id: 'vac_nope' }],
    ['GET /enrolments/:id/transfer-options', { id: 'enr_nope' }],
  ] as const)('%s', async (key, p) => {
    expectError(await call(key, { as: AS.admin, params: p }), 404, 'not_found');
  });

  it('an unknown path answers the same error body', async () => {
    const res = await fetch(
      `${process.env.CONTRACT_BASE_URL ?? 'http://127.0.0.1:8787/api'}/no-such-thing`,
    );
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});

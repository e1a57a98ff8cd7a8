import { beforeAll, describe, expect, it } from 'vitest';
import { AS, call, expectContract, expectError, resetDemo } from './contract-client';

interface Cohort {
  id: string;
  status: string;
  facilitatorIds: string[];
}
interface Row {
  session: { id: string };
}

let cohorts: Cohort[] = [];
let sessionId = '';
let enrolmentId = '';

beforeAll(async () => {
  await resetDemo();
  cohorts = expectContract(
    'GET /cohorts',
    await call<{ items: Cohort[] }>('GET /cohorts', { as: AS.admin }),
  ).items;
  const running = cohorts.find((c) => c.status === 'running')!;
  sessionId = expectContract(
    'GET /registers',
    await call<{ items: Row[] }>('GET /registers', { as: AS.admin }),
  ).items[0]!.session.id;
  enrolmentId = (
    await call<{ items: { id: string }[] }>('GET /cohorts/:id/enrolments', {
      as: AS.admin,
      params: { id: running.id },
    })
  ).body.items[0]!.id;
});

describe('reads: every GET answers 200 with the shape the app parses', () => {
  it('GET /auth/me, GET /staff/directory and GET /staff', async () => {
    const me = expectContract(
      'GET /auth/me',
      await call<{ user: { email: string; role: string } }>('GET /auth/me', { as: AS.manager }),
    );
    expect(me.user).toMatchObject({ email: AS.manager, role: 'manager' });
    const directory = expectContract(
      'GET /staff/directory',
      await call<{ items: object[] }>('GET /staff/directory', { as: AS.facilitator }),
    );
    expect(directory.items.length).toBeGreaterThanOrEqual(8);
    // Who is who, and no more: no email, nothing about the account.
    expect(JSON.stringify(directory)).not.toMatch(/password|@|active|version/);
    const staff = expectContract(
      'GET /staff',
      await call<{ items: unknown[] }>('GET /staff', { as: AS.manager }),
    );
    expect(staff.items.length).toBeGreaterThanOrEqual(8);
    expect(JSON.stringify(staff)).not.toContain('password');
    expectError(await call('GET /staff', { as: AS.facilitator }), 403, 'forbidden');
  });

  it('the staff lists answer in one order on every backend: by name, then by id', async () => {
    const items = (
      await call<{ items: { id: string; name: string }[] }>('GET /staff', { as: AS.admin })
    ).body.items;
    const sorted = [...items].sort(
      (a, b) => a.name.localeCompare(b.name, 'en-GB') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    expect(items.map((s) => s.id)).toEqual(sorted.map((s) => s.id));
    // The demo accounts, whatever else a backend holds.
    const demo = [
      'Daniel Osei',
      'Grace Whitfield',
      'Joanne Fraser',
      'Leah Brennan',
      'Marta Nowak',
      'Priya Shah',
      'Sam Patel',
      'Tom Okafor',
    ];
    expect(items.map((s) => s.name).filter((name) => demo.includes(name))).toEqual(demo);
    // Every role reads the directory in the same order.
    const directory = (
      await call<{ items: { id: string }[] }>('GET /staff/directory', { as: AS.facilitator })
    ).body.items;
    expect(directory.map((s) => s.id)).toEqual(items.map((s) => s.id));
  });

  it('GET /cohorts is scoped: a facilitator sees only cohorts they facilitate', async () => {
    const me = (await call<{ user: { id: string } }>('GET /auth/me', { as: AS.facilitator })).body
      .user;
    const own = expectContract(
      'GET /cohorts',
      await call<{ items: Cohort[] }>('GET /cohorts', { as: AS.facilitator }),
    ).items;
    expect(own.length).toBeGreaterThan(0);
    expect(own.length).toBeLessThan(cohorts.length);
    expect(own.every((c) => c.facilitatorIds.includes(me.id))).toBe(true);
  });

  it('GET /cohorts/:id, its enrolments, waiting candidates and attendance export', async () => {
    const id = cohorts.find((c) => c.status === 'running')!.id;
    const detail = expectContract(
      'GET /cohorts/:id',
      await call<{ sessions: unknown[] }>('GET /cohorts/:id', { as: AS.manager, params: { id } }),
    );
    expect(detail.sessions).toHaveLength(8);
    expectContract(
      'GET /cohorts/:id/enrolments',
      await call('GET /cohorts/:id/enrolments', { as: AS.manager, params: { id } }),
    );
    expectContract(
      'GET /cohorts/:id/waiting-candidates',
      await call('GET /cohorts/:id/waiting-candidates', { as: AS.admin, params: { id } }),
    );
    const exported = expectContract(
      'GET /cohorts/:id/attendance-export',
      await call<{ rows: { therapyMode: number }[] }>('GET /cohorts/:id/attendance-export', {
        as: AS.manager,
        params: { id },
      }),
    );
    expect(exported.rows.length).toBeGreaterThan(0);
    expect(exported.rows.every((r) => r.therapyMode === 3)).toBe(true);
  });

  it('GET /sessions/:sessionId/register and transfer options', async () => {
    expectContract(
      'GET /sessions/:sessionId/register',
      await call('GET /sessions/:sessionId/register', { as: AS.admin, params: { sessionId } }),
    );
    expectContract(
      'GET /enrolments/:id/transfer-options',
      await call('GET /enrolments/:id/transfer-options', {
        as: AS.admin,
        params: { id: enrolmentId },
      }),
    );
  });

  it('GET /flags, GET /settings, GET /audit with filters', async () => {
    const flags = expectContract(
      'GET /flags',
      await call<{ items: unknown[]; threshold: number }>('GET /flags', { as: AS.admin }),
    );
    expect(flags.items.length).toBeGreaterThan(0);
    expect(flags.threshold).toBe(2);
    expectContract('GET /settings', await call('GET /settings', { as: AS.manager }));
    expectError(await call('GET /settings', { as: AS.facilitator }), 403, 'forbidden');
    const audit = expectContract(
      'GET /audit',
      await call<{ items: { at: string }[] }>('GET /audit', {
        as: AS.manager,
        query: { from: '2000-01-01' },
      }),
    );
    expect(audit.items.every((e) => e.at >= '2000-01-01')).toBe(true);
    // NHS numbers in audit snapshots leave the server masked.
    expect(JSON.stringify(audit)).not.toMatch(/"999\d{7}"/);
  });

  it('POST /referrals/search, GET /referrals/:id, GET /vacancies', async () => {
    const list = expectContract(
      'POST /referrals/search',
      await call<{ items: { id: string }[] }>('POST /referrals/search', {
        as: AS.manager,
        body: {},
      }),
    );
    expect(list.items.length).toBeGreaterThan(0);
    expectContract(
      'GET /referrals/:id',
      await call('GET /referrals/:id', { as: AS.admin, params: { id: list.items[0]!.id } }),
    );
    expectContract('GET /vacancies', await call('GET /vacancies', { as: AS.manager }));
  });

  it('GET /dashboard/summary and GET /dashboard/cohorts/:id', async () => {
    expectContract(
      'GET /dashboard/summary',
      await call('GET /dashboard/summary', { as: AS.manager, query: { status: 'running' } }),
    );
    const id = cohorts.find((c) => c.status === 'running')!.id;
    expectContract(
      'GET /dashboard/cohorts/:id',
      await call('GET /dashboard/cohorts/:id', { as: AS.manager, params: { id } }),
    );
  });

  it('POST /participants/search finds by name with the term in the body, not the URL', async () => {
    const found = expectContract(
      'POST /participants/search',
      await call<{ items: { givenName: string }[] }>('POST /participants/search', {
        as: AS.admin,
        body: { q: 'Amara' },
      }),
    );
    expect(found.items.length).toBeGreaterThan(0);
    expect(found.items.every((p) => p.givenName.includes('Amara'))).toBe(true);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  AS,
  BASE_URL,
  call,
  cohortInputOf,
  expectError,
  resetDemo,
  authHeaders,
  type CohortRecord,
} from './contract-client';

// Each request here once got past a rule of the service through a side door. Each
// must now be refused, change nothing, and say why.

interface Staff {
  id: string;
  role: string;
  discipline: string | null;
}
type Cohort = CohortRecord;
interface Entry {
  id: string;
  version: number;
  status: string;
}
interface ListItem {
  cohortId: string;
  session: { id: string; number: number; date: string; registerFinalisedAt: string | null };
}
interface Register {
  rows: { enrolment: Entry; record: { code: number | null } | null }[];
}

const ON_COURSE = ['confirmed', 'active'];
let staff: Staff[] = [];
let today = '';
let registers: ListItem[] = [];

beforeAll(async () => {
  await resetDemo();
  staff = (await call<{ items: Staff[] }>('GET /staff', { as: AS.admin })).body.items;
  const list = (
    await call<{ items: ListItem[]; today: string }>('GET /registers', { as: AS.admin })
  ).body;
  registers = list.items;
  today = list.today;
});

const cohortInput = cohortInputOf;

async function runningCohortWithPeople(): Promise<Cohort> {
  const cohorts = (await call<{ items: Cohort[] }>('GET /cohorts', { as: AS.admin })).body.items;
  return cohorts.find((c) => c.status === 'running' && c.filled >= 5)!;
}

async function roster(cohortId: string): Promise<Entry[]> {
  return (
    await call<{ items: Entry[] }>('GET /cohorts/:id/enrolments', {
      as: AS.admin,
      params: { id: cohortId },
    })
  ).body.items;
}

describe('PATCH /enrolments/:id records the group agreement only', () => {
  it('refuses a status change (a withdrawn place cannot be re-confirmed, nor a place withdrawn without a vacancy)', async () => {
    const cohort = await runningCohortWithPeople();
    const [first] = (await roster(cohort.id)).filter((e) => ON_COURSE.includes(e.status));
    const vacanciesBefore = (await call<{ items: unknown[] }>('GET /vacancies', { as: AS.admin }))
      .body.items.length;
    const withdraw = await call('PATCH /enrolments/:id', {
      as: AS.admin,
      params: { id: first!.id },
      version: first!.version,
      body: { status: 'withdrawn' },
    });
    expect(expectError(withdraw, 400, 'validation_failed').fieldErrors).toBeDefined();
    const left = await call<Entry>('POST /enrolments/:id/withdraw', {
      as: AS.admin,
      params: { id: first!.id },
      version: first!.version,
      body: { reason: 'Moved away', date: today },
    });
    expect(left.status).toBe(200);
    const reconfirm = await call('PATCH /enrolments/:id', {
      as: AS.admin,
      params: { id: first!.id },
      version: left.body.version,
      body: { status: 'confirmed' },
    });
    expectError(reconfirm, 400, 'validation_failed');
    const after = (await roster(cohort.id)).find((e) => e.id === first!.id)!;
    expect(after.status).toBe('withdrawn');
    // The real withdrawal opened (or closed, after the cut-off) exactly one vacancy record.
    const vacanciesAfter = (await call<{ items: unknown[] }>('GET /vacancies', { as: AS.admin }))
      .body.items.length;
    expect(vacanciesAfter - vacanciesBefore).toBeLessThanOrEqual(1);
  });
});

describe('PATCH /cohorts/:id keeps the cohort rules', () => {
  it('refuses a capacity below the places taken, an unknown staff id and a non-facilitator', async () => {
    const cohort = await runningCohortWithPeople();
    const admin = staff.find((s) => s.role === 'admin')!;
    const attempts = [
      { capacity: cohort.filled - 1 },
      { facilitatorIds: [cohort.facilitatorIds[0]!, 'stf_nobody'] },
      { facilitatorIds: [...cohort.facilitatorIds.slice(0, 2), admin.id] },
    ];
    for (const changes of attempts) {
      const res = await call('PATCH /cohorts/:id', {
        as: AS.admin,
        params: { id: cohort.id },
        version: cohort.version,
        body: cohortInput(cohort, changes),
      });
      const field = 'capacity' in changes ? 'capacity' : 'facilitatorIds';
      expect(expectError(res, 400, 'validation_failed').fieldErrors?.[field]).toHaveLength(1);
    }
    const now = (
      await call<{ cohort: Cohort }>('GET /cohorts/:id', {
        as: AS.admin,
        params: { id: cohort.id },
      })
    ).body.cohort;
    expect(now).toMatchObject({ version: cohort.version, capacity: cohort.capacity });
  });
});

describe('POST /enrolments/:id/cannot-attend is for upcoming sessions only', () => {
  it('refuses a finalised register and a past session, leaving the mark as it was', async () => {
    const finalised = registers.find((r) => r.session.registerFinalisedAt)!;
    const register = (
      await call<Register>('GET /sessions/:sessionId/register', {
        as: AS.admin,
        params: { sessionId: finalised.session.id },
      })
    ).body;
    const attended = register.rows.find((r) => r.record?.code === 5)!;
    const res = await call('POST /enrolments/:id/cannot-attend', {
      as: AS.admin,
      params: { id: attended.enrolment.id },
      body: { sessionNumber: finalised.session.number, note: 'Rang in' },
    });
    expect(expectError(res, 409, 'invalid_state').fieldErrors?.sessionNumber).toBeDefined();
    const again = (
      await call<Register>('GET /sessions/:sessionId/register', {
        as: AS.admin,
        params: { sessionId: finalised.session.id },
      })
    ).body;
    expect(again.rows.find((r) => r.enrolment.id === attended.enrolment.id)!.record?.code).toBe(5);

    const overdue = registers.find(
      (r) => !r.session.registerFinalisedAt && r.session.date < today,
    )!;
    const people = await roster(overdue.cohortId);
    const past = await call('POST /enrolments/:id/cannot-attend', {
      as: AS.admin,
      params: { id: people.find((e) => ON_COURSE.includes(e.status))!.id },
      body: { sessionNumber: overdue.session.number, note: 'Rang in late' },
    });
    expect(expectError(past, 409, 'invalid_state').message).toMatch(/already happened/);
  });
});

describe('POST /flags/:enrolmentId/resolve: withdrawing is an admin act', () => {
  it('refuses a facilitator, whatever the body names', async () => {
    const flags = (
      await call<{ items: { enrolmentId: string; enrolmentVersion: number }[] }>('GET /flags', {
        as: AS.facilitator,
      })
    ).body.items;
    const target = flags[0] ?? { enrolmentId: 'enr_0001', enrolmentVersion: 1 };
    for (const body of [
      { action: 'withdraw', reason: 'Missed too many' },
      { action: 'keep', reason: 'Doing well otherwise' },
    ]) {
      const res = await call('POST /flags/:enrolmentId/resolve', {
        as: AS.facilitator,
        params: { enrolmentId: target.enrolmentId },
        version: target.enrolmentVersion,
        body,
      });
      expectError(res, 403, 'forbidden');
    }
  });
});

describe('demo endpoints: an admin of this app only, and the audit trail survives', () => {
  it('refuses no session (401), other roles (403) and other origins (403)', async () => {
    expectError(await call('POST /demo/reset'), 401, 'unauthenticated');
    expectError(await call('POST /demo/reset', { as: AS.facilitator }), 403, 'forbidden');
    expectError(await call('POST /demo/reset', { as: AS.manager }), 403, 'forbidden');
    // A plain cross-site form POST skips the CORS preflight; the Origin header gives it away.
    const crossSite = await fetch(`${BASE_URL}/demo/reset`, {
      method: 'POST',
      headers: {
        Origin: 'https://evil.example',
        ...(await authHeaders(AS.admin)),
        'Content-Type': 'text/plain',
      },
      body: '{}',
    });
    expect(crossSite.status).toBe(403);
    const same = await call('POST /demo/reset', {
      as: AS.admin,
      headers: { Origin: APP_ORIGIN },
    });
    expect(same.status).toBe(200);
  });

  it('never lists accounts or passwords, and a reset keeps the audit trail and is itself audited', async () => {
    const accounts = await fetch(`${BASE_URL}/demo/accounts`);
    expect(accounts.status).toBe(404);
    expect(await accounts.text()).not.toMatch(/demo-pain-course/);
    const cohort = await runningCohortWithPeople();
    await call('PATCH /cohorts/:id', {
      as: AS.admin,
      params: { id: cohort.id },
      version: cohort.version,
      body: cohortInput(cohort, { name: `${cohort.name} (audited)` }),
    });
    await call('POST /demo/reset', { as: AS.admin });
    const audit = (
      await call<{ items: { action: string; entityId: string }[] }>('GET /audit', { as: AS.admin })
    ).body.items;
    expect(audit.some((e) => e.action === 'cohort.update' && e.entityId === cohort.id)).toBe(true);
    expect(audit.some((e) => e.action === 'demo.reset')).toBe(true);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Register } from '../../src/api/schemas/registers';
import { AS, call, expectContract, expectError, resetDemo } from './contract-client';

// A register is a record of who came. Cancelling a session after it was held, or back-dating
// a withdrawal, used to rewrite finalised registers (the absences erased, a person gone from
// the NHS export); now only an amendment with a reason on the register changes a mark.

interface Session {
  id: string;
  number: number;
  date: string;
  status: string;
  version: number;
  registerFinalisedAt: string | null;
}
interface Entry {
  id: string;
  version: number;
  status: string;
  joinedOn: string;
}

const today = new Date().toISOString().slice(0, 10);
let sessions: Session[] = [];
let cohortId = '';

async function register(sessionId: string): Promise<Register> {
  return expectContract(
    'GET /sessions/:sessionId/register',
    await call<Register>('GET /sessions/:sessionId/register', {
      as: AS.admin,
      params: { sessionId },
    }),
  );
}

describe('finalised means final', () => {
  beforeAll(async () => {
    await resetDemo();
    const cohorts = await call<{ items: { id: string; status: string }[] }>('GET /cohorts', {
      as: AS.admin,
    });
    for (const cohort of cohorts.body.items.filter((c) => c.status === 'running')) {
      const detail = await call<{ sessions: Session[] }>('GET /cohorts/:id', {
        as: AS.admin,
        params: { id: cohort.id },
      });
      const list = detail.body.sessions;
      if (list.some((s) => s.registerFinalisedAt) && list.some((s) => s.date > today)) {
        cohortId = cohort.id;
        sessions = list;
        break;
      }
    }
    expect(cohortId, 'a running cohort with a finalised register and one to come').not.toBe('');
  });

  it('cancelling a session whose register is finalised is refused, and its codes stay', async () => {
    const finalised = sessions.find((s) => s.registerFinalisedAt)!;
    const before = await register(finalised.id);
    const answer = await call('POST /sessions/:sessionId/cancel', {
      as: AS.admin,
      params: { sessionId: finalised.id },
      version: finalised.version,
      body: { reason: 'Facilitator unwell' },
    });
    const error = expectError(answer, 409, 'invalid_state');
    expect(error.message).toMatch(/finalised: it cannot be cancelled/);
    const after = await register(finalised.id);
    expect(after.rows.map((r) => r.record?.code)).toEqual(before.rows.map((r) => r.record?.code));
    expect(after.session.status).toBe('scheduled');
  });

  it('cancelling a session already held (not finalised) is refused', async () => {
    const held = sessions.find((s) => s.date < today && !s.registerFinalisedAt);
    if (!held) return;
    const answer = await call('POST /sessions/:sessionId/cancel', {
      as: AS.admin,
      params: { sessionId: held.id },
      version: held.version,
      body: { reason: 'Facilitator unwell' },
    });
    expect(expectError(answer, 409, 'invalid_state').message).toMatch(/already been held/);
  });

  it('cancelling an upcoming session turns notice given (2) into 4, on the audit trail', async () => {
    const upcoming = sessions.find((s) => s.date > today && s.status === 'scheduled')!;
    const roster = await register(upcoming.id);
    const person = roster.rows[0]!.enrolment;
    const notice = await call('POST /enrolments/:id/cannot-attend', {
      as: AS.admin,
      params: { id: person.id },
      body: { sessionNumber: upcoming.number, note: 'Hospital appointment' },
    });
    expect(notice.status).toBe(201);
    const cancelled = await call('POST /sessions/:sessionId/cancel', {
      as: AS.admin,
      params: { sessionId: upcoming.id },
      version: upcoming.version,
      body: { reason: 'Facilitator unwell' },
    });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    const row = (await register(upcoming.id)).rows.find((r) => r.enrolment.id === person.id)!;
    expect(row.record?.code).toBe(4);
    const audit = await call<{ items: { action: string; entityId: string; before: unknown }[] }>(
      'GET /audit',
      { as: AS.admin, query: { entity: 'attendance', record: row.record!.id } },
    );
    const entry = audit.body.items.find((e) => e.action === 'attendance.session-cancelled');
    expect(entry?.before).toMatchObject({ code: 2 });
  });

  it('a withdrawal is dated between joining and today', async () => {
    const roster = await call<{ items: Entry[] }>('GET /cohorts/:id/enrolments', {
      as: AS.admin,
      params: { id: cohortId },
    });
    const person = roster.body.items.find(
      (e) => e.status === 'confirmed' || e.status === 'active',
    )!;
    for (const date of ['2020-01-01', '2031-01-01']) {
      const answer = await call('POST /enrolments/:id/withdraw', {
        as: AS.admin,
        params: { id: person.id },
        version: person.version,
        body: { reason: 'Moved away', date },
      });
      const error = expectError(answer, 400, 'validation_failed');
      expect(error.fieldErrors?.date?.[0]).toMatch(
        /Choose (a date on or after|today or an earlier)/,
      );
    }
    const still = await call<{ items: Entry[] }>('GET /cohorts/:id/enrolments', {
      as: AS.admin,
      params: { id: cohortId },
    });
    expect(still.body.items.find((e) => e.id === person.id)?.status).toBe(person.status);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { AS, call, expectContract, resetDemo } from './contract-client';

interface Staff {
  id: string;
  role: string;
  discipline: string | null;
}
interface Cohort {
  id: string;
  name: string;
  status: string;
  version: number;
  filled: number;
  capacity: number;
}
interface Entry {
  id: string;
  version: number;
  status: string;
  participant: { id: string };
}

let facilitatorIds: string[] = [];
const input = (name: string) => ({
  name,
  type: 'course',
  delivery: 'online',
  videoLink: 'https://meet.example.nhs.uk/contract',
  venue: '',
  startDate: '2031-03-03',
  startTime: '10:00',
  sessionLengthMinutes: 120,
  capacity: 12,
  facilitatorIds,
});

beforeAll(async () => {
  await resetDemo();
  // Active accounts only: a deactivated one is not a facilitator for a new cohort.
  const staff = (
    await call<{ items: (Staff & { active: boolean })[] }>('GET /staff', { as: AS.admin })
  ).body.items.filter((s) => s.active);
  facilitatorIds = [
    staff.find((s) => s.role === 'facilitator' && s.discipline === 'psychology')!.id,
    staff.find((s) => s.role === 'facilitator' && s.discipline === 'physiotherapy')!.id,
  ];
});

describe('cohort writes (admin)', () => {
  it('POST /cohorts creates a cohort with 8 sessions; PATCH changes it with If-Match; DELETE removes an empty one', async () => {
    const created = expectContract(
      'POST /cohorts',
      await call<Cohort>('POST /cohorts', { as: AS.admin, body: input('Contract A') }),
    );
    expect(created).toMatchObject({ name: 'Contract A', status: 'planned', filled: 0, version: 1 });
    const detail = await call<{ sessions: { id: string }[] }>('GET /cohorts/:id', {
      as: AS.admin,
      params: { id: created.id },
    });
    expect(detail.body.sessions).toHaveLength(8);
    const patched = expectContract(
      'PATCH /cohorts/:id',
      await call<Cohort>('PATCH /cohorts/:id', {
        as: AS.admin,
        params: { id: created.id },
        version: 1,
        body: input('Contract A renamed'),
      }),
    );
    expect(patched).toMatchObject({ name: 'Contract A renamed', version: 2 });
    expectContract(
      'DELETE /cohorts/:id',
      await call('DELETE /cohorts/:id', { as: AS.admin, params: { id: created.id }, version: 2 }),
    );
    expect(
      (await call('GET /cohorts/:id', { as: AS.admin, params: { id: created.id } })).status,
    ).toBe(404);
  });

  it('POST /cohorts/:id/cancel keeps the cohort, cancelled with its reason', async () => {
    const created = (
      await call<Cohort>('POST /cohorts', { as: AS.admin, body: input('Contract B') })
    ).body;
    const cancelled = expectContract(
      'POST /cohorts/:id/cancel',
      await call<Cohort & { cancelReason: string }>('POST /cohorts/:id/cancel', {
        as: AS.admin,
        params: { id: created.id },
        version: created.version,
        body: { reason: 'Venue closed' },
      }),
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Venue closed' });
  });

  it('PATCH /sessions/:sessionId moves a session; POST /sessions/:sessionId/cancel cancels it for everyone', async () => {
    const created = (
      await call<Cohort>('POST /cohorts', { as: AS.admin, body: input('Contract C') })
    ).body;
    const sessions = (
      await call<{ sessions: { id: string; date: string; version: number }[] }>(
        'GET /cohorts/:id',
        { as: AS.admin, params: { id: created.id } },
      )
    ).body.sessions;
    const last = sessions.at(-1)!;
    const next = new Date(Date.parse(`${last.date}T12:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    const moved = expectContract(
      'PATCH /sessions/:sessionId',
      await call<{ date: string; version: number }>('PATCH /sessions/:sessionId', {
        as: AS.admin,
        params: { sessionId: last.id },
        version: last.version,
        body: { date: next },
      }),
    );
    expect(moved.date).toBe(next);
    const cancelled = expectContract(
      'POST /sessions/:sessionId/cancel',
      await call<{ status: string }>('POST /sessions/:sessionId/cancel', {
        as: AS.admin,
        params: { sessionId: last.id },
        version: moved.version,
        body: { reason: 'Staff training day' },
      }),
    );
    expect(cancelled.status).toBe('cancelled_by_provider');
  });
});

describe('enrolment writes', () => {
  it('enrol, record the agreement, give notice of an absence, transfer, then withdraw', async () => {
    const target = (
      await call<Cohort>('POST /cohorts', { as: AS.admin, body: input('Contract D') })
    ).body;
    const later = (
      await call<Cohort>('POST /cohorts', {
        as: AS.admin,
        body: { ...input('Contract E'), startDate: '2031-09-01' },
      })
    ).body;
    const waiting = (
      await call<{ items: { participantId: string }[] }>('GET /cohorts/:id/waiting-candidates', {
        as: AS.admin,
        params: { id: target.id },
      })
    ).body.items;
    const enrolled = expectContract(
      'POST /cohorts/:id/enrolments',
      await call<Entry>('POST /cohorts/:id/enrolments', {
        as: AS.admin,
        params: { id: target.id },
        body: { participantId: waiting[0]!.participantId },
      }),
    );
    expect(enrolled).toMatchObject({
      status: 'confirmed',
      participant: { id: waiting[0]!.participantId },
    });

    const agreed = expectContract(
      'PATCH /enrolments/:id',
      await call<Entry & { agreementRecordedAt: string | null }>('PATCH /enrolments/:id', {
        as: AS.admin,
        params: { id: enrolled.id },
        version: enrolled.version,
        body: { agreementRecorded: true },
      }),
    );
    expect(agreed.agreementRecordedAt).not.toBeNull();
    const notice = expectContract(
      'POST /enrolments/:id/cannot-attend',
      await call<{ code: number }>('POST /enrolments/:id/cannot-attend', {
        as: AS.admin,
        params: { id: enrolled.id },
        body: { sessionNumber: 2, note: 'Hospital appointment' },
      }),
    );
    expect(notice.code).toBe(2);

    const moved = expectContract(
      'POST /enrolments/:id/transfer',
      await call<Entry & { cohortId: string }>('POST /enrolments/:id/transfer', {
        as: AS.admin,
        params: { id: enrolled.id },
        version: agreed.version,
        body: { toCohortId: later.id, reason: 'Knows someone in the group' },
      }),
    );
    expect(moved).toMatchObject({ cohortId: later.id, status: 'confirmed' });
    const withdrawn = expectContract(
      'POST /enrolments/:id/withdraw',
      await call<Entry>('POST /enrolments/:id/withdraw', {
        as: AS.admin,
        params: { id: moved.id },
        version: moved.version,
        body: { reason: 'Moved away', date: new Date().toISOString().slice(0, 10) },
      }),
    );
    expect(withdrawn.status).toBe('withdrawn');
    const roster = (
      await call<{ items: Entry[] }>('GET /cohorts/:id/enrolments', {
        as: AS.admin,
        params: { id: target.id },
      })
    ).body.items;
    expect(roster.find((e) => e.id === enrolled.id)?.status).toBe('transferred');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { sessionStartsAt } from '../../src/domain/session-start';
import { AS, call, expectContract, expectError, resetDemo } from './contract-client';

interface ListItem {
  session: {
    id: string;
    date: string;
    startTime: string;
    registerFinalisedAt: string | null;
    version: number;
  };
}
interface Register {
  session: { version: number; registerFinalisedAt: string | null };
  rows: {
    enrolment: { id: string; participantId: string; agreementRecordedAt: string | null };
    record: { code: number | null; version: number } | null;
  }[];
}

let open: ListItem['session'];
let todays: ListItem['session'];

beforeAll(async () => {
  await resetDemo();
  const list = (
    await call<{ items: ListItem[]; today: string }>('GET /registers', { as: AS.facilitator })
  ).body;
  const sessions = list.items.map((i) => i.session).filter((s) => !s.registerFinalisedAt);
  // A register a facilitator can take and finalise now: held on an earlier day, so it has
  // started whatever the time of day the suite runs at.
  open = sessions.find((s) => s.date < list.today)!;
  // Today's: whether it has started depends on the time, so those requests set their own.
  todays = sessions.find((s) => s.date === list.today)!;
  expect(open).toBeDefined();
  expect(todays).toBeDefined();
});

describe('taking a register (facilitator)', () => {
  it('PUT marks each person, then POST finalise closes the register', async () => {
    const register = (
      await call<Register>('GET /sessions/:sessionId/register', {
        as: AS.facilitator,
        params: { sessionId: open.id },
      })
    ).body;
    for (const row of register.rows) {
      // docs/domain.md: no one is marked present before the group agreement is recorded.
      const code = row.enrolment.agreementRecordedAt ? 5 : 3;
      const marked = expectContract(
        'PUT /sessions/:sessionId/attendance/:enrolmentId',
        await call<{ code: number; version: number }>(
          'PUT /sessions/:sessionId/attendance/:enrolmentId',
          {
            as: AS.facilitator,
            params: { sessionId: open.id, enrolmentId: row.enrolment.id },
            version: row.record?.version ?? 0,
            body: { code },
          },
        ),
      );
      expect(marked).toMatchObject({ code, version: (row.record?.version ?? 0) + 1 });
    }
    const someone = register.rows[0]!.enrolment.participantId;
    // How often this register is on their record (a request may set a later clock, so the
    // newest entry need not be this one).
    const seen = async () =>
      (
        await call<{ items: { action: string; recordId: string | null }[] }>('GET /audit/access', {
          as: AS.manager,
          query: { participant: someone, limit: '200' },
        })
      ).body.items.filter((e) => e.action === 'register.view' && e.recordId === open.id).length;
    const before = await seen();
    const finalised = expectContract(
      'POST /sessions/:sessionId/finalise',
      await call<Register>('POST /sessions/:sessionId/finalise', {
        as: AS.facilitator,
        params: { sessionId: open.id },
        version: open.version,
        body: {},
      }),
    );
    expect(finalised.session.registerFinalisedAt).not.toBeNull();
    // The finalise answers with the whole register: a read on the record, as a GET is.
    expect(await seen()).toBe(before + 1);
    expect(finalised.rows.every((r) => r.record?.code != null)).toBe(true);
  });
});

describe('finalising waits for the session to start (London time)', () => {
  // The server and the mock honour X-Test-Clock only under NODE_ENV=test (src/lib/clock.ts).
  const at = (minutes: number) => ({
    'X-Test-Clock': new Date(
      sessionStartsAt(todays.date, todays.startTime).getTime() + minutes * 60_000,
    ).toISOString(),
  });

  it('POST finalise before the start is refused with 409 session_not_started, then allowed', async () => {
    const register = (
      await call<Register>('GET /sessions/:sessionId/register', {
        as: AS.facilitator,
        params: { sessionId: todays.id },
      })
    ).body;
    for (const row of register.rows) {
      const marked = await call('PUT /sessions/:sessionId/attendance/:enrolmentId', {
        as: AS.facilitator,
        params: { sessionId: todays.id, enrolmentId: row.enrolment.id },
        version: row.record?.version ?? 0,
        body: { code: row.enrolment.agreementRecordedAt ? 5 : 3 },
        headers: at(-30),
      });
      expect(marked.status).toBe(200);
    }
    const finalise = (minutes: number) =>
      call<Register>('POST /sessions/:sessionId/finalise', {
        as: AS.facilitator,
        params: { sessionId: todays.id },
        version: todays.version,
        body: {},
        headers: at(minutes),
      });
    const early = await finalise(-1);
    expectError(early, 409, 'session_not_started');
    expect(JSON.stringify(early.body)).toContain(
      `You can finalise once the session has started at ${todays.startTime}.`,
    );
    const finalised = expectContract('POST /sessions/:sessionId/finalise', await finalise(1));
    expect(finalised.session.registerFinalisedAt).toBe(at(1)['X-Test-Clock']);
  });
});

describe('absence flags', () => {
  interface Flag {
    enrolmentId: string;
    enrolmentVersion: number;
    contacts: unknown[];
    review: unknown;
  }
  it('POST contacts records a contact; POST resolve keeps someone with a reason', async () => {
    const flag = (await call<{ items: Flag[] }>('GET /flags', { as: AS.admin })).body.items[0]!;
    const contacted = expectContract(
      'POST /flags/:enrolmentId/contacts',
      await call<Flag>('POST /flags/:enrolmentId/contacts', {
        as: AS.admin,
        params: { enrolmentId: flag.enrolmentId },
        body: { date: '2026-01-05', note: 'Phoned, will attend' },
      }),
    );
    expect(contacted.contacts).toHaveLength(flag.contacts.length + 1);
    const kept = expectContract(
      'POST /flags/:enrolmentId/resolve',
      await call<Flag>('POST /flags/:enrolmentId/resolve', {
        as: AS.admin,
        params: { enrolmentId: flag.enrolmentId },
        version: flag.enrolmentVersion,
        body: { action: 'keep', reason: 'Hospital stay, catching up' },
      }),
    );
    expect(kept?.review).toMatchObject({ reason: 'Hospital stay, catching up' });
  });
});

describe('settings (admin)', () => {
  it('PATCH /settings changes the absence threshold with If-Match', async () => {
    const settings = (
      await call<{ version: number; absenceThreshold: number }>('GET /settings', { as: AS.admin })
    ).body;
    const next = expectContract(
      'PATCH /settings',
      await call<{ version: number; absenceThreshold: number }>('PATCH /settings', {
        as: AS.admin,
        version: settings.version,
        body: { absenceThreshold: 3, lateJoinCutoffSession: 3, completionMinSessions: 6 },
      }),
    );
    expect(next).toMatchObject({ absenceThreshold: 3, version: settings.version + 1 });
    expect(
      (await call<{ threshold: number }>('GET /flags', { as: AS.manager })).body.threshold,
    ).toBe(3);
  });
});

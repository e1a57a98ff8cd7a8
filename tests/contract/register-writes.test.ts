import { beforeAll, describe, expect, it } from 'vitest';
import { AS, call, expectContract, resetDemo } from './contract-client';

interface ListItem {
  session: { id: string; date: string; registerFinalisedAt: string | null; version: number };
}
interface Register {
  session: { version: number; registerFinalisedAt: string | null };
  rows: {
    enrolment: { id: string; agreementRecordedAt: string | null };
    record: { code: number | null; version: number } | null;
  }[];
}

let open: ListItem['session'];

beforeAll(async () => {
  await resetDemo();
  const list = (
    await call<{ items: ListItem[]; today: string }>('GET /registers', { as: AS.facilitator })
  ).body;
  // A register a facilitator can take now: held already (today or before) and not finalised.
  open = list.items
    .map((i) => i.session)
    .find((s) => !s.registerFinalisedAt && s.date <= list.today)!;
  expect(open).toBeDefined();
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
      // DOMAIN.md: no one is marked present before the group agreement is recorded.
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
    expect(finalised.rows.every((r) => r.record?.code != null)).toBe(true);
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

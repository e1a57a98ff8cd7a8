import { beforeAll, describe, expect, it } from 'vitest';
import { AS, call, expectContract, expectError, resetDemo } from './contract-client';

// Outcome measures entered in the register, and the safety alert an item-9 answer raises.

interface Row {
  enrolment: { id: string; agreementRecordedAt: string | null };
  record: { code: number | null; version: number } | null;
  measures: { version: number; openAlert: { id: string; version: number } | null };
}
const PHQ9_RISK = [2, 2, 2, 1, 1, 1, 1, 1, 1]; // 12, item 9 answered 1
const GAD7 = [1, 1, 1, 1, 1, 1, 2]; // 8

let sessionId: string;
let present: Row;
let absent: Row;

async function register(): Promise<Row[]> {
  const answer = await call<{ rows: Row[] }>('GET /sessions/:sessionId/register', {
    as: AS.facilitator,
    params: { sessionId },
  });
  return expectContract('GET /sessions/:sessionId/register', answer).rows;
}

async function mark(row: Row, code: number) {
  const answer = await call('PUT /sessions/:sessionId/attendance/:enrolmentId', {
    as: AS.facilitator,
    params: { sessionId, enrolmentId: row.enrolment.id },
    version: row.record?.version ?? 0,
    body: { code },
  });
  expectContract('PUT /sessions/:sessionId/attendance/:enrolmentId', answer);
}

const put = (
  row: Row,
  version: number,
  body: unknown,
  as: (typeof AS)[keyof typeof AS] = AS.facilitator,
) =>
  call<{
    version: number;
    totals: Record<string, number | null>;
    openAlert: { id: string; version: number } | null;
    phq9: number[] | null;
    complete: boolean;
  }>('PUT /sessions/:sessionId/measures/:enrolmentId', {
    as,
    params: { sessionId, enrolmentId: row.enrolment.id },
    version,
    body,
  });

beforeAll(async () => {
  await resetDemo();
  const list = (
    await call<{
      items: { session: { id: string; date: string; registerFinalisedAt: string | null } }[];
      today: string;
    }>('GET /registers', { as: AS.facilitator })
  ).body;
  sessionId = list.items.find((i) => i.session.date < list.today && !i.session.registerFinalisedAt)!
    .session.id;
  const rows = await register();
  const agreed = rows.filter((r) => r.enrolment.agreementRecordedAt);
  present = agreed[0]!;
  absent = rows.find((r) => r !== present)!;
  await mark(present, 5);
  await mark(absent, 3);
});

describe('PUT /sessions/:sessionId/measures/:enrolmentId', () => {
  it('starts at version 0 on the register row; refuses someone not present with 409', async () => {
    const rows = await register();
    expect(rows.find((r) => r.enrolment.id === present.enrolment.id)!.measures.version).toBe(0);
    expectError(await put(absent, 0, { phq9: PHQ9_RISK }), 409, 'invalid_state');
  });

  it('refuses a partial instrument or an answer out of range with 400, storing nothing', async () => {
    const partial = expectError(
      await put(present, 0, { phq9: [1, 1, 1] }),
      400,
      'validation_failed',
    );
    expect(Object.keys(partial.fieldErrors ?? {})).toContain('phq9');
    expectError(await put(present, 0, { gad7: [0, 0, 0, 0, 0, 0, 4] }), 400, 'validation_failed');
    expectError(
      await put(present, 0, { pain: { intensity: 11, interference: 0 } }),
      400,
      'validation_failed',
    );
    const rows = await register();
    expect(rows.find((r) => r.enrolment.id === present.enrolment.id)!.measures.version).toBe(0);
  });

  it('stores the answers with totals; item 9 above 0 raises an alert at once', async () => {
    const saved = expectContract(
      'PUT /sessions/:sessionId/measures/:enrolmentId',
      await put(present, 0, { phq9: PHQ9_RISK, gad7: GAD7 }),
    );
    expect(saved).toMatchObject({
      version: 1,
      totals: { phq9: 12, gad7: 8, wsas: null },
      complete: false,
    });
    expect(saved.openAlert).not.toBeNull();
  });

  it('answers 412 to a stale version and 428 without one', async () => {
    expectError(await put(present, 0, { wsas: [1, 1, 1, 1, 1] }), 412, 'stale_version');
    const answer = await call('PUT /sessions/:sessionId/measures/:enrolmentId', {
      as: AS.facilitator,
      params: { sessionId, enrolmentId: present.enrolment.id },
      body: { wsas: [1, 1, 1, 1, 1] },
    });
    expectError(answer, 428, 'precondition_required');
  });

  it('replaces the instruments sent and keeps the others; one alert per session', async () => {
    const saved = expectContract(
      'PUT /sessions/:sessionId/measures/:enrolmentId',
      await put(present, 1, { wsas: [2, 2, 2, 2, 2], phq9: [0, 0, 0, 0, 0, 0, 0, 0, 1] }),
    );
    expect(saved).toMatchObject({
      version: 2,
      totals: { phq9: 1, gad7: 8, wsas: 10 },
      complete: true,
    });
    const alerts = expectContract(
      'GET /alerts',
      await call<{ items: { enrolmentId: string }[] }>('GET /alerts', { as: AS.facilitator }),
    );
    expect(alerts.items.filter((a) => a.enrolmentId === present.enrolment.id)).toHaveLength(1);
  });

  it('is for the cohort staff: a manager is refused', async () => {
    expectError(await put(present, 2, { wsas: [0, 0, 0, 0, 0] }, AS.manager), 403, 'forbidden');
  });
});

describe('safety alerts', () => {
  it('GET /alerts lists the open alert for facilitators and admins, never for managers', async () => {
    for (const as of [AS.facilitator, AS.admin]) {
      const list = expectContract(
        'GET /alerts',
        await call<{
          items: { id: string; enrolmentId: string; version: number; status: string }[];
        }>('GET /alerts', { as }),
      );
      const alert = list.items.find((a) => a.enrolmentId === present.enrolment.id);
      expect(alert).toMatchObject({ status: 'open', version: 1 });
    }
    expectError(await call('GET /alerts', { as: AS.manager }), 403, 'forbidden');
  });

  it('POST /alerts/:id/review needs a reason for no action, then records the review once', async () => {
    const rows = await register();
    const alert = rows.find((r) => r.enrolment.id === present.enrolment.id)!.measures.openAlert!;
    const review = (body: unknown, version: number) =>
      call('POST /alerts/:id/review', {
        as: AS.facilitator,
        params: { id: alert.id },
        version,
        body,
      });
    const noReason = expectError(
      await review({ action: 'no_action', note: '  ' }, alert.version),
      400,
      'validation_failed',
    );
    expect(Object.keys(noReason.fieldErrors ?? {})).toContain('note');
    expectError(await review({ action: 'phoned' }, alert.version), 400, 'validation_failed');
    const done = expectContract(
      'POST /alerts/:id/review',
      await review(
        { action: 'called', note: 'Spoke to them; safety plan in place' },
        alert.version,
      ),
    );
    expect(done).toMatchObject({
      status: 'reviewed',
      action: 'called',
      version: alert.version + 1,
    });
    expectError(await review({ action: 'called' }, alert.version), 412, 'stale_version');
    expectError(await review({ action: 'called' }, alert.version + 1), 409, 'invalid_state');
    const list = (await call<{ items: { id: string }[] }>('GET /alerts', { as: AS.facilitator }))
      .body;
    expect(list.items.map((a) => a.id)).not.toContain(alert.id);
    const after = await register();
    expect(
      after.find((r) => r.enrolment.id === present.enrolment.id)!.measures.openAlert,
    ).toBeNull();
    const trail = (
      await call<{ items: { action: string }[] }>('GET /audit', {
        as: AS.admin,
        query: { record: alert.id },
      })
    ).body;
    expect(trail.items.map((e) => e.action).sort()).toEqual(['alert.raise', 'alert.review']);
  });

  it('an unknown alert is 404', async () => {
    const answer = await call('POST /alerts/:id/review', {
      as: AS.admin,
      params: { id: 'alr_none' },
      version: 1,
      body: { action: 'called' },
    });
    expectError(answer, 404, 'not_found');
  });
});

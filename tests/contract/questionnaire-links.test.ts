import { beforeAll, describe, expect, it } from 'vitest';
import { AS, call, expectContract, expectError, resetDemo } from './contract-client';

// Sending a session's questionnaire link: who it goes to, who may send it, and what is refused.
// No backend here has a questionnaire template (the mock never sends; the contract server's
// Notify has no template for it), so each person's answer is `no_channel`: the server's real
// sending is tests/server/questionnaire-links.test.ts.

const KEY = 'POST /sessions/:sessionId/questionnaire-links' as const;
let sessionId: string;
let pastSessionId: string;
let placed: string[];

interface Row {
  enrolment: { id: string; status: string };
}

beforeAll(async () => {
  await resetDemo();
  const list = (
    await call<{ items: { session: { id: string; date: string } }[]; today: string }>(
      'GET /registers',
      { as: AS.facilitator },
    )
  ).body;
  const future = list.items.filter((i) => i.session.date > list.today);
  sessionId = future[0]!.session.id;
  pastSessionId = list.items.find((i) => i.session.date < list.today)!.session.id;
  const register = await call<{ rows: Row[] }>('GET /sessions/:sessionId/register', {
    as: AS.facilitator,
    params: { sessionId },
  });
  placed = register.body.rows
    .filter((r) => ['confirmed', 'active'].includes(r.enrolment.status))
    .map((r) => r.enrolment.id);
});

describe(KEY, () => {
  it('answers for everyone placed, or for the people named', async () => {
    const all = await call<{ items: { enrolmentId: string; result: string }[] }>(KEY, {
      as: AS.facilitator,
      params: { sessionId },
      body: {},
    });
    const answer = expectContract('POST /sessions/:sessionId/questionnaire-links', all);
    expect(answer.items.map((i) => i.enrolmentId).sort()).toEqual([...placed].sort());
    expect(new Set(answer.items.map((i) => i.result))).toEqual(new Set(['no_channel']));
    const one = await call<{ items: { enrolmentId: string }[] }>(KEY, {
      as: AS.admin,
      params: { sessionId },
      body: { enrolmentIds: [placed[0]] },
    });
    expect(
      expectContract('POST /sessions/:sessionId/questionnaire-links', one).items.map(
        (i) => i.enrolmentId,
      ),
    ).toEqual([placed[0]]);
  });

  it('refuses a manager, an empty choice, someone not on the session, a session over', async () => {
    expectError(
      await call(KEY, { as: AS.manager, params: { sessionId }, body: {} }),
      403,
      'forbidden',
    );
    expectError(
      await call(KEY, { as: AS.facilitator, params: { sessionId }, body: { enrolmentIds: [] } }),
      400,
      'validation_failed',
    );
    expectError(
      await call(KEY, {
        as: AS.facilitator,
        params: { sessionId },
        body: { enrolmentIds: ['enr_nobody'] },
      }),
      409,
      'invalid_state',
    );
    expectError(
      await call(KEY, { as: AS.facilitator, params: { sessionId: pastSessionId }, body: {} }),
      409,
      'invalid_state',
    );
    expectError(
      await call(KEY, { as: AS.facilitator, params: { sessionId: 'ses_none' }, body: {} }),
      404,
      'not_found',
    );
  });
});

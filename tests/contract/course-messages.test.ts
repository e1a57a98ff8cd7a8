import { beforeAll, describe, expect, it } from 'vitest';
import { AS, call, expectContract, expectError, resetDemo } from './contract-client';

// Missed material and messages to the group, as every backend answers them: a person's course
// contact log by place (empty wherever nothing was sent: the mock never sends), who may read
// it, the material links in the settings, and the group-message choice on a cancellation.

interface Cohort {
  id: string;
  name: string;
  status: string;
  facilitatorIds: string[];
}
interface Entry {
  id: string;
}
interface Settings {
  version: number;
  absenceThreshold: number;
  lateJoinCutoffSession: number;
  completionMinSessions: number;
}

let mine: Entry;
let notMine: Entry;

beforeAll(async () => {
  await resetDemo();
  const me = expectContract(
    'GET /auth/me',
    await call<{ user: { id: string } }>('GET /auth/me', { as: AS.facilitator }),
  );
  const { items } = expectContract(
    'GET /cohorts',
    await call<{ items: Cohort[] }>('GET /cohorts', { as: AS.admin }),
  );
  const running = items.filter((c) => c.status !== 'cancelled');
  const rosterOf = async (c: Cohort) =>
    expectContract(
      'GET /cohorts/:id/enrolments',
      await call<{ items: Entry[] }>('GET /cohorts/:id/enrolments', {
        as: AS.admin,
        params: { id: c.id },
      }),
    ).items;
  const own = running.find((c) => c.facilitatorIds.includes(me.user.id))!;
  const other = running.find((c) => !c.facilitatorIds.includes(me.user.id))!;
  mine = (await rosterOf(own))[0]!;
  notMine = (await rosterOf(other))[0]!;
});

describe('a person’s course contact log', () => {
  it('answers the cohort’s own staff and admins, by the schema', async () => {
    for (const as of [AS.admin, AS.facilitator]) {
      const log = expectContract(
        'GET /enrolments/:id/messages',
        await call<{ items: unknown[] }>('GET /enrolments/:id/messages', {
          as,
          params: { id: mine.id },
        }),
      );
      expect(Array.isArray(log.items)).toBe(true);
    }
  });

  it('is refused to a manager, to a facilitator of another cohort, and for no such place', async () => {
    expectError(
      await call('GET /enrolments/:id/messages', { as: AS.manager, params: { id: mine.id } }),
      403,
      'forbidden',
    );
    const other = await call('GET /enrolments/:id/messages', {
      as: AS.facilitator,
      params: { id: notMine.id },
    });
    expect([403, 404]).toContain(other.status);
    expectError(
      await call('GET /enrolments/:id/messages', { as: AS.admin, params: { id: 'enr_nobody' } }),
      404,
      'not_found',
    );
  });
});

describe('material links in the settings', () => {
  it('keeps a link per topic, and refuses one that is not https or a topic given twice', async () => {
    const s = expectContract(
      'GET /settings',
      await call<Settings>('GET /settings', { as: AS.admin }),
    );
    const base = {
      absenceThreshold: s.absenceThreshold,
      lateJoinCutoffSession: s.lateJoinCutoffSession,
      completionMinSessions: s.completionMinSessions,
    };
    const bad = await call('PATCH /settings', {
      as: AS.admin,
      version: s.version,
      body: { ...base, topicMaterials: [{ topic: 'Sleep and pain', link: 'http://x.example' }] },
    });
    expect(expectError(bad, 400, 'validation_failed').fieldErrors).toHaveProperty([
      'topicMaterials.0.link',
    ]);
    const twice = await call('PATCH /settings', {
      as: AS.admin,
      version: s.version,
      body: {
        ...base,
        topicMaterials: [
          { topic: 'Sleep and pain', link: 'https://x.example/a' },
          { topic: 'sleep and pain', link: 'https://x.example/b' },
        ],
      },
    });
    expectError(twice, 400, 'validation_failed');
    const saved = expectContract(
      'PATCH /settings',
      await call<{ topicMaterials: unknown }>('PATCH /settings', {
        as: AS.admin,
        version: s.version,
        body: {
          ...base,
          materialSmsTemplateId: '2a7c9e41-5b3d-4f6a-8c1e-9d0b2a4c6e8f',
          topicMaterials: [{ topic: ' Sleep and pain ', link: 'https://x.example/sleep' }],
        },
      }),
    );
    expect(saved.topicMaterials).toEqual([
      { topic: 'Sleep and pain', link: 'https://x.example/sleep' },
    ]);
  });
});

describe('a cancellation’s message to the group', () => {
  it('takes messageGroup as true or false, nothing else', async () => {
    const cohorts = expectContract(
      'GET /cohorts',
      await call<{ items: Cohort[] }>('GET /cohorts', { as: AS.admin }),
    ).items.filter((c) => c.status !== 'cancelled');
    const detail = expectContract(
      'GET /cohorts/:id',
      await call<{ sessions: { id: string; status: string; date: string; version: number }[] }>(
        'GET /cohorts/:id',
        { as: AS.admin, params: { id: cohorts.at(-1)!.id } },
      ),
    );
    const session = detail.sessions.filter((x) => x.status === 'scheduled').at(-1)!;
    const refused = await call('POST /sessions/:sessionId/cancel', {
      as: AS.admin,
      params: { sessionId: session.id },
      version: session.version,
      body: { reason: 'Room flooded', messageGroup: 'yes' },
    });
    expect(expectError(refused, 400, 'validation_failed').fieldErrors).toHaveProperty(
      'messageGroup',
    );
    const done = expectContract(
      'POST /sessions/:sessionId/cancel',
      await call<{ status: string }>('POST /sessions/:sessionId/cancel', {
        as: AS.admin,
        params: { sessionId: session.id },
        version: session.version,
        body: { reason: 'Room flooded', messageGroup: true },
      }),
    );
    expect(done.status).toBe('cancelled_by_provider');
  });
});

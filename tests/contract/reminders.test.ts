import { beforeAll, describe, expect, it } from 'vitest';
import type { CohortReminders } from '../../src/api/schemas/reminders';
import { AS, call, expectContract, expectError, resetDemo } from './contract-client';

// Reminders on every backend: a cohort's reminders read (who was reminded, and why not) for
// the people who act on it, and a session's own video link, which the next reminder carries.

interface Cohort {
  id: string;
  delivery: 'online' | 'face_to_face';
  status: string;
}
interface Session {
  id: string;
  date: string;
  version: number;
  videoLink: string | null;
}

describe('reminders', () => {
  let online: Cohort;
  let next: Session;
  beforeAll(async () => {
    await resetDemo();
    const list = await call<{ items: Cohort[] }>('GET /cohorts', { as: AS.admin });
    const today = new Date().toISOString().slice(0, 10);
    for (const c of list.body.items.filter((x) => x.delivery === 'online')) {
      const detail = await call<{ sessions: Session[] }>('GET /cohorts/:id', {
        as: AS.admin,
        params: { id: c.id },
      });
      const ahead = detail.body.sessions.find((s) => s.date > today);
      if (ahead) {
        online = c;
        next = ahead;
        break;
      }
    }
    expect(next, 'an online session ahead').toBeDefined();
  });

  it("shows a cohort's recent and next sessions with each placed person's reminder state", async () => {
    const answer = expectContract(
      'GET /cohorts/:id/reminders',
      await call<CohortReminders>('GET /cohorts/:id/reminders', {
        as: AS.admin,
        params: { id: online.id },
      }),
    );
    expect(answer.sessions.length).toBeGreaterThan(0);
    const people = answer.sessions.flatMap((s) => s.people);
    expect(people.length).toBeGreaterThan(0);
    // Nothing is set up in the demo: nobody can be reminded until a template is.
    expect(answer.templatesSet).toBe(false);
    expect(people.every((p) => p.sent.length === 0 && p.notReminded !== null)).toBe(true);
  });

  it('is for the cohort staff and admins, not managers', async () => {
    const params = { id: online.id };
    expectError(
      await call('GET /cohorts/:id/reminders', { as: AS.manager, params }),
      403,
      'forbidden',
    );
    expectError(
      await call('GET /cohorts/:id/reminders', { as: AS.admin, params: { id: 'coh_missing' } }),
      404,
      'not_found',
    );
  });

  it("gives a session its own video link, refuses one that is not https, and '' goes back", async () => {
    const params = { sessionId: next.id };
    const bad = await call('PUT /sessions/:sessionId/video-link', {
      as: AS.admin,
      params,
      body: { videoLink: 'http://meet.example/x' },
      version: next.version,
    });
    expectError(bad, 400, 'validation_failed');
    const set = expectContract(
      'PUT /sessions/:sessionId/video-link',
      await call<Session>('PUT /sessions/:sessionId/video-link', {
        as: AS.admin,
        params,
        body: { videoLink: 'https://meet.example.nhs.uk/week-3' },
        version: next.version,
      }),
    );
    expect(set.videoLink).toBe('https://meet.example.nhs.uk/week-3');
    const stale = await call('PUT /sessions/:sessionId/video-link', {
      as: AS.admin,
      params,
      body: { videoLink: '' },
      version: next.version,
    });
    expect(stale.status).toBe(412);
    const back = expectContract(
      'PUT /sessions/:sessionId/video-link',
      await call<Session>('PUT /sessions/:sessionId/video-link', {
        as: AS.admin,
        params,
        body: { videoLink: '' },
        version: set.version,
      }),
    );
    expect(back.videoLink).toBeNull();
    expectError(
      await call('PUT /sessions/:sessionId/video-link', {
        as: AS.facilitator,
        params,
        body: { videoLink: '' },
        version: back.version,
      }),
      403,
      'forbidden',
    );
  });
});

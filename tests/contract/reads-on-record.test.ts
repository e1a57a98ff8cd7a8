import { beforeAll, describe, expect, it } from 'vitest';
import { AS, call, expectContract, referral, resetDemo } from './contract-client';

// Reads on the record: every answer that shows a person's identifiers puts who saw whom on the
// access log, by ids (never the search text or an NHS number), with how many people a list
// showed; GET /audit/access reads one person's entries. The same on the mock and the server.

interface Access {
  person: string | null;
  items: {
    actorId: string;
    actorName: string;
    action: string;
    recordId: string | null;
    shown: number | null;
    at: string;
  }[];
  total: number;
}
interface Person {
  id: string;
  participantId?: string;
  nhsNumber: string;
  givenName: string;
}

/** A person's access log as this file's requests left it. Other files' requests may set their
 * own clock (X-Test-Clock) days ahead, and the log survives a demo reset: their entries, dated
 * later than anything here, would sort first, so they are left out. */
const accessOf = async (participant: string): Promise<Access> => {
  const log = expectContract(
    'GET /audit/access',
    await call<Access>('GET /audit/access', {
      as: AS.manager,
      query: { participant, limit: '200' },
    }),
  );
  const now = Date.now() + 60_000;
  return { ...log, items: log.items.filter((e) => Date.parse(e.at) <= now) };
};

let adminId = '';
let first: Person;

beforeAll(async () => {
  await resetDemo();
  adminId = (await call<{ user: { id: string } }>('GET /auth/me', { as: AS.admin })).body.user.id;
  const page = await call<{ items: Person[] }>('POST /referrals/search', {
    as: AS.admin,
    body: { text: '', status: 'waiting', urgency: 'all', desc: false, offset: 0, limit: 5 },
  });
  const referral = page.body.items[0]!;
  const detail = await call<Person>('GET /referrals/:id', {
    as: AS.admin,
    params: { id: referral.id },
  });
  first = { ...referral, participantId: detail.body.participantId };
});

describe('reads on the record', () => {
  it('a waiting-list page and an opened entry are on the person’s record, newest first', async () => {
    const log = await accessOf(first.participantId!);
    expect(log.items.slice(0, 2)).toEqual([
      expect.objectContaining({
        actorId: adminId,
        action: 'referral.view',
        recordId: first.id,
        shown: null,
      }),
      expect.objectContaining({ actorId: adminId, action: 'waiting-list.search', shown: 5 }),
    ]);
    expect(log.items[0]!.actorName).toBe('Sam Patel');
    expect(log.person).toContain(first.givenName);
    expect(JSON.stringify(log)).not.toContain(first.nhsNumber);
  });

  it('a search by NHS number keeps the people found, never the number searched for', async () => {
    const found = await call<{ items: Person[] }>('POST /participants/search', {
      as: AS.admin,
      body: { q: first.nhsNumber },
    });
    expect(found.body.items.map((p) => p.id)).toEqual([first.participantId]);
    const log = await accessOf(first.participantId!);
    expect(log.items[0]).toMatchObject({ action: 'participants.search', shown: 1, recordId: null });
    expect(JSON.stringify(log)).not.toContain(first.nhsNumber);
  });

  it('a register, the flags and a cohort’s export put everyone they show on the record', async () => {
    const registers = await call<{ items: { session: { id: string }; cohortId: string }[] }>(
      'GET /registers',
      { as: AS.facilitator },
    );
    const { session, cohortId } = registers.body.items[0]!;
    const register = await call<{ rows: { enrolment: { participantId: string } }[] }>(
      'GET /sessions/:sessionId/register',
      { as: AS.facilitator, params: { sessionId: session.id } },
    );
    const people = register.body.rows.map((r) => r.enrolment.participantId);
    expect(people.length).toBeGreaterThan(0);
    const exported = await call<{ rows: { nhsNumber: string }[] }>(
      'GET /cohorts/:id/attendance-export',
      { as: AS.manager, params: { id: cohortId } },
    );
    const inExport = new Set(exported.body.rows.map((r) => r.nhsNumber)).size;
    const flags = await call<{ items: { participantId: string }[] }>('GET /flags', {
      as: AS.admin,
    });
    for (const person of [people[0]!, people[people.length - 1]!]) {
      const actions = (await accessOf(person)).items.map((e) => [e.action, e.recordId, e.shown]);
      expect(actions).toContainEqual(['attendance.export', cohortId, inExport]);
      expect(actions).toContainEqual(['register.view', session.id, people.length]);
    }
    const flagged = flags.body.items[0]!.participantId;
    expect((await accessOf(flagged)).items[0]).toMatchObject({
      action: 'flags.view',
      shown: flags.body.items.length,
    });
  });

  it('a cohort’s outcomes and the Talking Therapies export put the people they show on the record', async () => {
    const registers = await call<{ items: { session: { id: string }; cohortId: string }[] }>(
      'GET /registers',
      { as: AS.facilitator },
    );
    const { cohortId } = registers.body.items[0]!;
    const roster = await call<{ items: { id: string; participantId: string }[] }>(
      'GET /cohorts/:id/enrolments',
      { as: AS.admin, params: { id: cohortId } },
    );
    const outcomes = await call<{ people: { enrolmentId: string }[] }>(
      'GET /cohorts/:id/outcomes',
      { as: AS.manager, params: { id: cohortId } },
    );
    expect(outcomes.status).toBe(200);
    const shown = outcomes.body.people.map(
      (p) => roster.body.items.find((e) => e.id === p.enrolmentId)!.participantId,
    );
    expect(shown.length).toBeGreaterThan(0);
    expect((await accessOf(shown[0]!)).items[0]).toMatchObject({
      action: 'outcomes.view',
      recordId: cohortId,
      shown: new Set(shown).size,
    });
    const exported = await call<{ careContacts: { nhsNumber: string }[] }>(
      'GET /exports/talking-therapies',
      { as: AS.manager, query: { from: '2020-01-01', to: '2030-12-31' } },
    );
    expect(exported.status).toBe(200);
    const people = new Set(exported.body.careContacts.map((c) => c.nhsNumber)).size;
    expect(people).toBeGreaterThan(0);
    const log = await accessOf(shown[0]!);
    expect(log.items[0]).toMatchObject({ action: 'talking-therapies.export', shown: people });
    expect(JSON.stringify(log)).not.toMatch(/\d{10}/);
  });

  it('a cohort’s dashboard and an audit page naming a person put them on the record', async () => {
    const registers = await call<{ items: { cohortId: string }[] }>('GET /registers', {
      as: AS.facilitator,
    });
    const { cohortId } = registers.body.items[0]!;
    const roster = await call<{ items: { id: string; participantId: string }[] }>(
      'GET /cohorts/:id/enrolments',
      { as: AS.admin, params: { id: cohortId } },
    );
    const dashboard = await call<{ participants: { enrolmentId: string }[] }>(
      'GET /dashboard/cohorts/:id',
      { as: AS.manager, params: { id: cohortId } },
    );
    expect(dashboard.status).toBe(200);
    const shown = dashboard.body.participants.map(
      (p) => roster.body.items.find((e) => e.id === p.enrolmentId)!.participantId,
    );
    // Found, not first: a request may set its own clock (X-Test-Clock) later than now.
    expect((await accessOf(shown[0]!)).items).toContainEqual(
      expect.objectContaining({
        action: 'roster.view',
        recordId: cohortId,
        shown: new Set(shown).size,
      }),
    );
    // A new entry is on the audit trail by its person's name ("referral.create").
    const created = await call<{ id: string }>('POST /referrals', {
      as: AS.admin,
      body: referral('9990001715'),
    });
    expect(created.status).toBe(201);
    const entry = await call<{ participantId: string }>('GET /referrals/:id', {
      as: AS.admin,
      params: { id: created.body.id },
    });
    const trail = await call<{ items: { records: { kind: string; id: string }[] }[] }>(
      'GET /audit',
      { as: AS.manager, query: { record: created.body.id } },
    );
    expect(trail.body.items.flatMap((e) => e.records)).toContainEqual(
      expect.objectContaining({ kind: 'referral', id: created.body.id }),
    );
    expect((await accessOf(entry.body.participantId)).items).toContainEqual(
      expect.objectContaining({ action: 'audit.view', actorName: 'Joanne Fraser', shown: 1 }),
    );
  });

  it('a facilitator may not read who has seen a person', async () => {
    const answer = await call('GET /audit/access', {
      as: AS.facilitator,
      query: { participant: first.participantId! },
    });
    expect(answer.status).toBe(403);
  });
});

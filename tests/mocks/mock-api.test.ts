import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { store } from '../../mocks/db';
import { resetMockDb, server } from '../../mocks/node';
import { call } from './api-client';

const ADMIN = 'sam.patel@nhs.net';
const FACILITATOR = 'priya.shah@nhs.net';
const MANAGER = 'joanne.fraser@nhs.net';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockDb({ today: '2026-11-23' }));
afterAll(() => server.close());

const newCohort = {
  name: 'Spring A',
  type: 'course',
  delivery: 'online',
  videoLink: 'https://meet.example.nhs.uk/a',
  venue: '',
  startDate: '2027-03-01',
  startTime: '10:00',
  sessionLengthMinutes: 120,
  capacity: 20,
  facilitatorIds: ['stf_priya', 'stf_tom'],
};

describe('mock backend behaves like a server', () => {
  it('seeds realistic, valid data deterministically', () => {
    const db = store.data;
    expect(db.staff).toHaveLength(8);
    expect(db.cohorts).toHaveLength(10);
    expect(db.participants).toHaveLength(150);
    expect(new Set(db.participants.map((p) => p.nhsNumber)).size).toBe(150);
    const statuses = new Set(db.cohorts.map((c) => c.status));
    expect([...statuses].sort()).toEqual(['cancelled', 'completed', 'planned', 'running']);
    expect(db.attendance.length).toBeGreaterThan(200);
    resetMockDb({ today: '2026-11-23' });
    expect(store.data.participants.map((p) => p.nhsNumber)).toEqual(
      db.participants.map((p) => p.nhsNumber),
    );
  });

  it('answers 401 without a session', async () => {
    const r = await call('GET', '/cohorts');
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('unauthenticated');
  });

  it('answers 403 to a role that may not write, and writes nothing', async () => {
    const before = store.data.cohorts.length;
    for (const who of [FACILITATOR, MANAGER]) {
      const r = await call('POST', '/cohorts', { as: who, body: newCohort });
      expect(r.status).toBe(403);
    }
    expect(store.data.cohorts).toHaveLength(before);
  });

  it('answers 400 with field errors for bad input, and writes nothing', async () => {
    const before = store.data.sessions.length;
    const r = await call('POST', '/cohorts', {
      as: ADMIN,
      body: { ...newCohort, capacity: 40, name: '', facilitatorIds: ['stf_priya', 'stf_grace'] },
    });
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.error.fieldErrors).sort()).toEqual(['capacity', 'name']);
    // The shape is checked first; who may facilitate needs the staff records (the command).
    const mix = await call('POST', '/cohorts', {
      as: ADMIN,
      body: { ...newCohort, facilitatorIds: ['stf_priya', 'stf_grace'] },
    });
    expect(mix.status).toBe(400);
    expect(mix.body.error.fieldErrors.facilitatorIds).toEqual([
      'Include at least one psychology and one physiotherapy facilitator',
    ]);
    expect(store.data.sessions).toHaveLength(before);
    expect((await call('POST', '/cohorts', { as: ADMIN, body: '{not json' })).status).toBe(400);
  });

  it('answers 404 for unknown ids', async () => {
    expect((await call('GET', '/cohorts/coh_nope', { as: ADMIN })).status).toBe(404);
  });

  it('creates a cohort with its eight sessions, and a retried POST acts once', async () => {
    const headers = { 'Idempotency-Key': 'retry-1' };
    const first = await call('POST', '/cohorts', { as: ADMIN, body: newCohort, headers });
    const again = await call('POST', '/cohorts', { as: ADMIN, body: newCohort, headers });
    expect(first.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(store.data.cohorts.filter((c) => c.name === 'Spring A')).toHaveLength(1);
    expect(store.data.sessions.filter((s) => s.cohortId === first.body.id)).toHaveLength(8);
  });

  it('refuses a stale edit with 412 and the current record', async () => {
    const cohort = store.data.cohorts.find((c) => c.status === 'planned');
    const body = { ...cohort, name: 'Renamed' };
    const ok = await call('PATCH', `/cohorts/${cohort?.id}`, {
      as: ADMIN,
      body,
      headers: { 'If-Match': '"1"' },
    });
    expect(ok.status).toBe(200);
    const stale = await call('PATCH', `/cohorts/${cohort?.id}`, {
      as: ADMIN,
      body,
      headers: { 'If-Match': '"1"' },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.error.current.version).toBe(2);
    expect((await call('PATCH', `/cohorts/${cohort?.id}`, { as: ADMIN, body })).status).toBe(428);
  });

  it('hides other cohorts from a facilitator', async () => {
    const list = await call('GET', '/cohorts', { as: FACILITATOR });
    expect(
      list.body.items.every((c: { facilitatorIds: string[] }) =>
        c.facilitatorIds.includes('stf_priya'),
      ),
    ).toBe(true);
    const other = store.data.cohorts.find((c) => !c.facilitatorIds.includes('stf_priya'));
    expect((await call('GET', `/cohorts/${other?.id}`, { as: FACILITATOR })).status).toBe(403);
  });
});

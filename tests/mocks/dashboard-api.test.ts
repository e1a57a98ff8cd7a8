import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { store } from '../../mocks/db';
import { addDays } from '../../src/domain/dates';
import { buildDashboardDb, loadDashboardDb, pinToday } from '../utils/dashboard-fixture';
import { call } from './api-client';

const MANAGER = 'joanne.fraser@nhs.net';
const PRIYA = 'priya.shah@nhs.net';
const DANIEL = 'daniel.osei@nhs.net';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  pinToday();
  loadDashboardDb();
});
afterEach(() => vi.useRealTimers());
afterAll(() => server.close());

describe('GET /dashboard/summary', () => {
  it('computes every headline figure from the records (worked out by hand in dashboard-fixture.ts)', async () => {
    const { status, body } = await call('GET', '/dashboard/summary', { as: MANAGER });
    expect(status).toBe(200);
    expect(body.headline).toEqual({
      cohorts: { running: 1, planned: 1 },
      places: { filled: 7, capacity: 22, share: 7 / 22 },
      // Alpha sessions 3 and 5 fall in 22 Oct–18 Nov (4 is provider-cancelled, 6 unmarked): 4 of 7.
      attendance: {
        attended: 4,
        due: 7,
        rate: 4 / 7,
        period: { from: '2026-10-22', to: '2026-11-18' },
      },
      flags: { atRisk: 1, breached: 1 },
      waiting: { count: 3, medianWeeks: 5 },
      vacancies: {
        offerable: 3,
        filled: 2,
        tooLate: 0,
        medianDaysToFill: 8,
        period: { from: '2026-10-01', to: '2026-12-31' },
      },
    });
    expect(body.chartPeriod).toEqual({ from: '2026-06-01', to: '2026-11-18' });
  });

  it('counts only offerable vacancies, and a cohort as running once its first session has started', async () => {
    const db = buildDashboardDb();
    // Alpha's cut-off is session 3 (28 Oct): a place freed on 1 Nov was never offerable.
    db.vacancies.push({
      ...db.vacancies[0]!,
      id: 'v5',
      openedAt: '2026-11-01T10:00:00.000Z',
      status: 'closed',
    });
    // Bravo moves to start today at 15:00, three hours after the pinned 12:00.
    db.sessions = db.sessions.map((s) =>
      s.cohortId === 'coh_bravo'
        ? { ...s, date: addDays('2026-11-18', 7 * (s.number - 1)), startTime: '15:00' }
        : s,
    );
    store.load(db);
    const { body } = await call('GET', '/dashboard/summary', { as: MANAGER });
    expect(body.headline.vacancies).toMatchObject({ offerable: 3, filled: 2, tooLate: 1 });
    expect(body.headline.cohorts).toEqual({ running: 1, planned: 1 });
    vi.setSystemTime(new Date('2026-11-18T15:00:00Z'));
    const later = (await call('GET', '/dashboard/summary', { as: MANAGER })).body;
    expect(later.headline.cohorts).toEqual({ running: 2, planned: 0 });
  });

  it('computes the chart figures', async () => {
    const { body } = await call('GET', '/dashboard/summary', { as: MANAGER });
    expect(
      body.charts.attendanceByWeek.map(
        (w: { attended: number; due: number }) => `${w.attended}/${w.due}`,
      ),
    ).toEqual(['5/6', '4/6', '4/5', '1/2', '4/6', '1/2', '1/2', '0/2']);
    expect(body.charts.absencesByMonth).toEqual([
      { month: '2026-06', code2: 0, code3: 0, code7: 0 },
      { month: '2026-07', code2: 1, code3: 1, code7: 0 },
      { month: '2026-08', code2: 1, code3: 3, code7: 0 },
      { month: '2026-09', code2: 0, code3: 0, code7: 0 },
      { month: '2026-10', code2: 1, code3: 1, code7: 1 },
      { month: '2026-11', code2: 1, code3: 1, code7: 0 },
    ]);
    expect(
      body.charts.waitingByMonth.map((p: { date: string; waiting: number }) => [p.date, p.waiting]),
    ).toEqual([
      ['2026-06-30', 0],
      ['2026-07-31', 0],
      ['2026-08-31', 1],
      ['2026-09-30', 4],
      ['2026-10-31', 4],
      ['2026-11-18', 4],
    ]);
    expect(
      body.charts.occupancy.map(
        (o: { name: string; filled: number; capacity: number }) =>
          `${o.name} ${o.filled}/${o.capacity}`,
      ),
    ).toEqual(['Charlie – summer 2/10', 'Alpha – online 4/12', 'Bravo – Finsbury 3/10']);
  });

  it('gives facilitators only their own cohorts and no waiting list', async () => {
    const priya = (await call('GET', '/dashboard/summary', { as: PRIYA })).body;
    expect(priya.cohortCount).toBe(1);
    expect(priya.headline).toMatchObject({
      cohorts: { running: 1, planned: 0 },
      places: { filled: 4, capacity: 12 },
      attendance: { attended: 4, due: 7 },
      flags: { atRisk: 1, breached: 1 },
      waiting: null,
      vacancies: { offerable: 1, filled: 1, tooLate: 0, medianDaysToFill: 10 },
    });
    expect(priya.charts.waitingByMonth).toBeNull();
    expect(priya.facilitators.map((f: { name: string }) => f.name)).toEqual([
      'Priya Shah',
      'Tom Okafor',
    ]);
    const daniel = (await call('GET', '/dashboard/summary', { as: DANIEL })).body;
    expect(daniel.headline).toMatchObject({
      cohorts: { running: 0, planned: 1 },
      places: { filled: 3, capacity: 10 },
      attendance: { attended: 0, due: 0, rate: null },
      flags: { atRisk: 0, breached: 0 },
      vacancies: { offerable: 2, filled: 1, tooLate: 0, medianDaysToFill: 6 },
    });
  });

  it('applies the filters and a chosen date range to every window', async () => {
    const f2f = (await call('GET', '/dashboard/summary?delivery=face_to_face', { as: MANAGER }))
      .body;
    expect(f2f.charts.occupancy.map((o: { name: string }) => o.name)).toEqual(['Bravo – Finsbury']);
    const byPriya = (
      await call('GET', '/dashboard/summary?facilitator=stf_priya&status=running', { as: MANAGER })
    ).body;
    expect(byPriya.cohortCount).toBe(1);
    const ranged = (
      await call('GET', '/dashboard/summary?from=2026-07-01&to=2026-07-31', { as: MANAGER })
    ).body;
    // Charlie weeks 1-5 only: Ivy 5 of 5, Jon 3 of 5.
    expect(ranged.headline.attendance).toMatchObject({
      attended: 8,
      due: 10,
      period: { from: '2026-07-01', to: '2026-07-31' },
    });
    expect(ranged.headline.vacancies).toMatchObject({
      offerable: 0,
      tooLate: 0,
      filled: 0,
      medianDaysToFill: null,
    });
    expect(ranged.charts.absencesByMonth).toHaveLength(1);
  });

  it('answers 400 for bad filters and 401 without a session', async () => {
    const bad = await call('GET', '/dashboard/summary?from=2026-12-01&to=2026-11-01', {
      as: MANAGER,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fieldErrors.to).toBeDefined();
    expect(
      (await call('GET', '/dashboard/summary?delivery=teleport', { as: MANAGER })).status,
    ).toBe(400);
    expect((await call('GET', '/dashboard/summary')).status).toBe(401);
  });

  it('a new register mark changes the figures (nothing is cached or hard-coded)', async () => {
    const row = store.data.attendance.find((a) => a.id === 'att_ada_6');
    if (row) row.code = 3;
    const { body } = await call('GET', '/dashboard/summary', { as: MANAGER });
    expect(body.headline.attendance).toMatchObject({ attended: 4, due: 8 });
    expect(body.headline.flags).toEqual({ atRisk: 1, breached: 1 });
  });
});

describe('GET /dashboard/cohorts/:id', () => {
  it('gives the per-session tallies, the grid, flags and completion', async () => {
    const { status, body } = await call('GET', '/dashboard/cohorts/coh_alpha', { as: MANAGER });
    expect(status).toBe(200);
    expect(body.attendance).toEqual({ attended: 10, due: 15, rate: 10 / 15 });
    expect(body.completion).toEqual({ completed: 0, onTrack: 1, cannotComplete: 4 });
    expect(body.sessions[0]).toMatchObject({ number: 1, code5: 3, code3: 1, unmarked: 0 });
    expect(body.sessions[3]).toMatchObject({ number: 4, providerCancelled: true, code5: 0 });
    expect(body.sessions[5]).toMatchObject({ number: 6, unmarked: 4 });
    const dev = body.participants.find((p: { name: string }) => p.name === 'Dev Dunn');
    expect(dev.cells.map((c: { state: string; code: number | null }) => c.code ?? c.state)).toEqual(
      ['not_enrolled', 'not_enrolled', 'not_enrolled', 4, 5, 'unmarked', 'future', 'future'],
    );
    expect(
      body.participants.map((p: { name: string; flag: string }) => `${p.name}:${p.flag}`),
    ).toEqual([
      'Ada Ash:ok',
      'Ben Birch:at_risk',
      'Cara Cole:breached',
      'Dev Dunn:ok',
      'Eve Ekwueme:ok',
    ]);
    const charlie = (await call('GET', '/dashboard/cohorts/coh_charlie', { as: MANAGER })).body;
    expect(charlie.completion).toEqual({ completed: 1, onTrack: 0, cannotComplete: 1 });
  });

  it('refuses a facilitator a cohort they do not run, and 404s an unknown one', async () => {
    expect((await call('GET', '/dashboard/cohorts/coh_bravo', { as: PRIYA })).status).toBe(403);
    expect((await call('GET', '/dashboard/cohorts/coh_alpha', { as: PRIYA })).status).toBe(200);
    expect((await call('GET', '/dashboard/cohorts/coh_nope', { as: MANAGER })).status).toBe(404);
  });
});

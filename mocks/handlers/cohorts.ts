import { cohortCancelSchema as cancelSchema } from '../../src/api/schemas/enrolment-actions';
import { makeCohortInputSchema, type Cohort } from '../../src/api/schemas/cohorts';
import { generateSchedule, DEFAULT_TOPICS } from '../../src/domain/schedule';
import { todayIso } from '../../src/domain/dates';
import { store, type Db } from '../db';
import { ALL_ROLES, audit, checkVersion, HttpError, parse, readJson, route } from '../http';
import { canSeeCohort, cohortSummary, findCohort, indexCohorts, roster } from '../views';

function inputSchema(db: Db) {
  return makeCohortInputSchema((id) => {
    const s = db.staff.find((x) => x.id === id && x.role === 'facilitator');
    return s ? s.discipline : null;
  });
}

function createSessions(db: Db, cohort: Cohort) {
  db.sessions = db.sessions.filter((s) => s.cohortId !== cohort.id);
  const schedule = generateSchedule({
    type: cohort.type,
    startDate: cohort.startDate,
    topics: DEFAULT_TOPICS,
  });
  for (const s of schedule) {
    db.sessions.push({
      id: store.newId('ses'),
      cohortId: cohort.id,
      number: s.number,
      date: s.date,
      startTime: cohort.startTime,
      topic: s.topic,
      status: 'scheduled',
      registerFinalisedAt: null,
      version: 1,
    });
  }
}

function hasAttendance(db: Db, cohortId: string): boolean {
  const sessionIds = new Set(db.sessions.filter((s) => s.cohortId === cohortId).map((s) => s.id));
  return db.attendance.some((a) => sessionIds.has(a.sessionId));
}

export const cohortHandlers = [
  route('get', '/cohorts', ALL_ROLES, ({ user }) => {
    const db = store.data;
    const today = todayIso();
    const index = indexCohorts(db);
    return {
      items: db.cohorts
        .filter((c) => canSeeCohort(user, c))
        .map((c) => cohortSummary(db, c, today, index)),
    };
  }),

  route('get', '/cohorts/:id', ALL_ROLES, (ctx) => {
    const db = store.data;
    const cohort = findCohort(db, ctx, ctx.params.id);
    const sessions = db.sessions
      .filter((s) => s.cohortId === cohort.id)
      .sort((a, b) => a.number - b.number);
    return { cohort: cohortSummary(db, cohort), sessions };
  }),

  route('get', '/cohorts/:id/enrolments', ALL_ROLES, (ctx) => {
    const cohort = findCohort(store.data, ctx, ctx.params.id);
    return { items: roster(store.data, cohort.id) };
  }),

  route('post', '/cohorts', ['admin'], async (ctx) => {
    const input = parse(inputSchema(store.data), await readJson(ctx.request));
    return store.transact((db) => {
      const cohort: Cohort = {
        ...input,
        id: store.newId('coh'),
        status: 'planned',
        cancelReason: null,
        version: 1,
      };
      db.cohorts.push(cohort);
      createSessions(db, cohort);
      audit(ctx, 'cohort.create', 'cohort', cohort.id, null, cohort);
      return cohortSummary(db, cohort);
    });
  }),

  route('patch', '/cohorts/:id', ['admin'], async (ctx) => {
    const body = await readJson(ctx.request);
    return store.transact((db) => {
      const cohort = findCohort(db, ctx, ctx.params.id);
      checkVersion(ctx.request, cohort, cohortSummary(db, cohort));
      const input = parse(inputSchema(db), body);
      const moved = input.startDate !== cohort.startDate || input.type !== cohort.type;
      if (moved && hasAttendance(db, cohort.id)) {
        throw new HttpError(
          409,
          'invalid_state',
          'Attendance has been taken, so the start date and type can no longer change.',
        );
      }
      const before = { ...cohort };
      Object.assign(cohort, input, { version: cohort.version + 1 });
      if (moved) createSessions(db, cohort);
      else
        db.sessions
          .filter((s) => s.cohortId === cohort.id)
          .forEach((s) => (s.startTime = cohort.startTime));
      audit(ctx, 'cohort.update', 'cohort', cohort.id, before, cohort);
      return cohortSummary(db, cohort);
    });
  }),

  // DOMAIN.md lifecycle: a cohort with attendance (or people in it) is cancelled, never deleted.
  route('delete', '/cohorts/:id', ['admin'], (ctx) =>
    store.transact((db) => {
      const cohort = findCohort(db, ctx, ctx.params.id);
      checkVersion(ctx.request, cohort);
      if (hasAttendance(db, cohort.id))
        throw new HttpError(
          409,
          'invalid_state',
          'This cohort has attendance records: cancel it instead.',
        );
      if (db.enrolments.some((e) => e.cohortId === cohort.id))
        throw new HttpError(
          409,
          'invalid_state',
          'People are enrolled in this cohort: cancel it instead.',
        );
      db.cohorts = db.cohorts.filter((c) => c.id !== cohort.id);
      db.sessions = db.sessions.filter((s) => s.cohortId !== cohort.id);
      audit(ctx, 'cohort.delete', 'cohort', cohort.id, cohort, null);
      return { ok: true };
    }),
  ),

  route(
    'post',
    '/cohorts/:id/cancel',
    ['admin'],
    async (ctx) => {
      const { reason } = parse(cancelSchema, await readJson(ctx.request));
      return store.transact((db) => {
        const cohort = findCohort(db, ctx, ctx.params.id);
        checkVersion(ctx.request, cohort, cohortSummary(db, cohort));
        if (cohort.status === 'completed' || cohort.status === 'cancelled') {
          throw new HttpError(
            409,
            'invalid_state',
            `A ${cohort.status} cohort cannot be cancelled.`,
          );
        }
        const before = { ...cohort };
        Object.assign(cohort, {
          status: 'cancelled',
          cancelReason: reason,
          version: cohort.version + 1,
        });
        audit(ctx, 'cohort.cancel', 'cohort', cohort.id, before, cohort);
        return cohortSummary(db, cohort);
      });
    },
    { status: 200 },
  ),
];

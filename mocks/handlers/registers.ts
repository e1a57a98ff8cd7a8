import type { AttendanceRecord } from '../../src/api/schemas/attendance';
import { markAttendanceSchema } from '../../src/api/schemas/attendance';
import type { Session } from '../../src/api/schemas/cohorts';
import { countsAsAttended } from '../../src/domain/attendance-codes';
import { todayIso } from '../../src/domain/dates';
import { store, type Db } from '../db';
import {
  audit,
  checkVersion,
  HttpError,
  notFound,
  parse,
  readJson,
  route,
  type Ctx,
} from '../http';
import { buildRegister, registerListItem, registerRoster } from '../register-views';
import { canSeeCohort, findCohort } from '../views';

function findSession(db: Db, ctx: Ctx): Session {
  const session =
    db.sessions.find((s) => s.id === ctx.params.sessionId) ?? notFound('That session');
  findCohort(db, ctx, session.cohortId);
  return session;
}

export const registerHandlers = [
  route('get', '/registers', ['facilitator', 'admin', 'manager'], ({ user }) => {
    const db = store.data;
    const visible = new Set(
      db.cohorts.filter((c) => c.status !== 'cancelled' && canSeeCohort(user, c)).map((c) => c.id),
    );
    const items = db.sessions
      .filter((s) => visible.has(s.cohortId))
      .map((s) => registerListItem(db, s));
    return { items, today: todayIso() };
  }),

  route('get', '/sessions/:sessionId/register', ['facilitator', 'admin', 'manager'], (ctx) => {
    const db = store.data;
    return buildRegister(db, findSession(db, ctx));
  }),

  route(
    'put',
    '/sessions/:sessionId/attendance/:enrolmentId',
    ['facilitator', 'admin'],
    async (ctx) => {
      const input = parse(markAttendanceSchema, await readJson(ctx.request));
      return store.transact((db) => {
        const session = findSession(db, ctx);
        const row = registerRoster(db, session).find((e) => e.id === ctx.params.enrolmentId);
        if (!row) notFound('That participant on this register');
        if (session.status === 'cancelled_by_provider') {
          throw new HttpError(
            409,
            'invalid_state',
            'The provider cancelled this session; there is nothing to mark.',
          );
        }
        if (session.date > todayIso())
          throw new HttpError(409, 'invalid_state', 'This session has not happened yet.');
        // DOMAIN.md: no one is marked present before the group agreement is recorded.
        if (input.code !== undefined && countsAsAttended(input.code) && !row.agreementRecordedAt) {
          throw new HttpError(
            409,
            'agreement_missing',
            'Record the group agreement before marking this person present.',
            { code: ['Group agreement not recorded'] },
          );
        }
        if (session.registerFinalisedAt && !input.amendmentReason) {
          throw new HttpError(
            409,
            'invalid_state',
            'This register is finalised: give a reason for the amendment.',
            { amendmentReason: ['Give a reason for the amendment'] },
          );
        }
        let record = db.attendance.find(
          (a) => a.sessionId === session.id && a.enrolmentId === row.id,
        );
        checkVersion(ctx.request, record ?? { version: 0 }, record ?? null);
        const before = record ? { ...record } : null;
        if (!record) {
          record = {
            id: store.newId('att'),
            sessionId: session.id,
            enrolmentId: row.id,
            code: null,
            note: '',
            catchUpSent: false,
            updatedAt: null,
            updatedBy: null,
            version: 0,
          };
          db.attendance.push(record);
        }
        const next: AttendanceRecord = {
          ...record,
          code: input.code ?? record.code,
          note: input.note ?? record.note,
          catchUpSent: input.catchUpSent ?? record.catchUpSent,
          updatedAt: new Date().toISOString(),
          updatedBy: ctx.user.id,
          version: record.version + 1,
        };
        Object.assign(record, next);
        const action = session.registerFinalisedAt ? 'attendance.amend' : 'attendance.mark';
        audit(ctx, action, 'attendance', record.id, before, {
          ...next,
          amendmentReason: input.amendmentReason ?? null,
        });
        return record;
      });
    },
    { status: 200 },
  ),

  route(
    'post',
    '/sessions/:sessionId/finalise',
    ['facilitator', 'admin'],
    (ctx) =>
      store.transact((db) => {
        const session = findSession(db, ctx);
        checkVersion(ctx.request, session);
        if (session.registerFinalisedAt)
          throw new HttpError(409, 'invalid_state', 'This register is already finalised.');
        const register = buildRegister(db, session);
        const unmarked = register.rows.filter((r) => r.record?.code == null).length;
        if (unmarked > 0)
          throw new HttpError(409, 'invalid_state', `${unmarked} people are not marked yet.`);
        const before = { ...session };
        session.registerFinalisedAt = new Date().toISOString();
        session.version += 1;
        audit(ctx, 'register.finalise', 'session', session.id, before, session);
        return buildRegister(db, session);
      }),
    { status: 200 },
  ),

  route('get', '/cohorts/:id/attendance-export', ['facilitator', 'admin', 'manager'], (ctx) => {
    const db = store.data;
    const cohort = findCohort(db, ctx, ctx.params.id);
    const sessions = db.sessions
      .filter((s) => s.cohortId === cohort.id)
      .sort((a, b) => a.number - b.number);
    const today = todayIso();
    const rows = sessions.flatMap((session) => {
      const register = buildRegister(db, session);
      const present = register.rows.filter(
        (r) => r.record?.code === 5 || r.record?.code === 6,
      ).length;
      return register.rows.map((r) => ({
        nhsNumber: db.participants.find((p) => p.id === r.enrolment.participantId)?.nhsNumber ?? '',
        participant: `${r.enrolment.participant.givenName} ${r.enrolment.participant.familyName}`,
        sessionNumber: session.number,
        date: session.date,
        topic: session.topic,
        attendanceCode:
          session.status === 'cancelled_by_provider'
            ? (4 as const)
            : session.date > today
              ? (0 as const)
              : (r.record?.code ?? 0),
        medium: cohort.delivery === 'online' ? ('video' as const) : ('face to face' as const),
        therapyMode: 3 as const,
        participants: present,
        facilitators: cohort.facilitatorIds.length,
      }));
    });
    return { cohortName: cohort.name, rows };
  }),
];

import { countsAsAttended, NOT_APPLICABLE, sessionCode } from '../../src/domain/attendance-codes';
import { sessionInScope } from '../../src/domain/commands/register-roster';
import { finaliseRegister, markAttendance } from '../../src/domain/commands/registers';
import { todayIso } from '../../src/domain/dates';
import { fullName } from '../../src/domain/names';
import { commandContext, ifMatch, runCommand } from '../commands';
import { store } from '../db';
import type { Resolvers } from '../http';
import { buildRegister, registerListItem } from '../register-views';
import { canSeeCohort, findCohort } from '../views';

export const registerResolvers = {
  'GET /registers': (ctx) => {
    const db = store.data;
    const visible = new Set(
      db.cohorts.filter((c) => c.status !== 'cancelled' && canSeeCohort(ctx, c)).map((c) => c.id),
    );
    const items = db.sessions
      .filter((s) => visible.has(s.cohortId))
      .map((s) => registerListItem(db, s));
    return { items, today: todayIso() };
  },

  'GET /sessions/:sessionId/register': (ctx) => {
    const db = store.data;
    const { session } = sessionInScope(db, ctx.params.sessionId ?? '', commandContext(ctx));
    return buildRegister(db, session);
  },

  'PUT /sessions/:sessionId/attendance/:enrolmentId': (ctx) =>
    runCommand(ctx, (db, cc) =>
      markAttendance(
        db,
        {
          ...ctx.body,
          sessionId: ctx.params.sessionId ?? '',
          enrolmentId: ctx.params.enrolmentId ?? '',
          version: ifMatch(ctx.request),
        },
        cc,
      ),
    ),

  'POST /sessions/:sessionId/finalise': (ctx) => {
    const session = runCommand(ctx, (db, cc) =>
      finaliseRegister(
        db,
        { sessionId: ctx.params.sessionId ?? '', version: ifMatch(ctx.request) },
        cc,
      ),
    );
    return buildRegister(store.data, session);
  },

  'GET /cohorts/:id/attendance-export': (ctx) => {
    const db = store.data;
    const cohort = findCohort(db, ctx, ctx.params.id);
    const sessions = db.sessions
      .filter((s) => s.cohortId === cohort.id)
      .sort((a, b) => a.number - b.number);
    const today = todayIso();
    const rows = sessions.flatMap((session) => {
      const register = buildRegister(db, session);
      const present = register.rows.filter(
        (r) => r.record?.code != null && countsAsAttended(r.record.code),
      ).length;
      return register.rows.map((r) => ({
        nhsNumber: db.participants.find((p) => p.id === r.enrolment.participantId)?.nhsNumber ?? '',
        participant: fullName(r.enrolment.participant),
        sessionNumber: session.number,
        date: session.date,
        topic: session.topic,
        // A session still to come is 0 (not applicable) for everyone, unless it was cancelled.
        attendanceCode: sessionCode(
          session,
          session.date > today ? NOT_APPLICABLE : (r.record?.code ?? NOT_APPLICABLE),
        ),
        medium: cohort.delivery === 'online' ? ('video' as const) : ('face to face' as const),
        therapyMode: 3 as const,
        participants: present,
        facilitators: cohort.facilitatorIds.length,
      }));
    });
    return { cohortName: cohort.name, rows };
  },
} satisfies Partial<Resolvers>;

import { countsAsAttended, NOT_APPLICABLE, sessionCode } from '../../domain/attendance-codes';
import { sessionInScope } from '../../domain/commands/register-roster';
import { finaliseRegister, markAttendance } from '../../domain/commands/registers';
import { todayIso } from '../../domain/dates';
import { fullName } from '../../domain/names';
import { scopeContext } from '../scope-context';
import type { SharedResolvers } from '../resolver';
import { buildRegister, registerListItem } from '../views/register-views';
import { canSeeCohort, findCohort } from '../views/views';

export const registerResolvers = {
  'GET /registers': async (ctx) => {
    const db = await ctx.read();
    const visible = new Set(
      db.cohorts.filter((c) => c.status !== 'cancelled' && canSeeCohort(ctx, c)).map((c) => c.id),
    );
    const items = db.sessions
      .filter((s) => visible.has(s.cohortId))
      .map((s) => registerListItem(db, s));
    return { items, today: todayIso() };
  },

  'GET /sessions/:sessionId/register': async (ctx) => {
    const db = await ctx.read();
    const { session } = sessionInScope(db, ctx.params.sessionId ?? '', scopeContext(ctx));
    const register = buildRegister(db, session);
    ctx.recordAccess({
      action: 'register.view',
      participantIds: register.rows.map((r) => r.enrolment.participantId),
      recordId: session.id,
    });
    return register;
  },

  'PUT /sessions/:sessionId/attendance/:enrolmentId': async (ctx) =>
    await ctx.run((db, cc) =>
      markAttendance(
        db,
        {
          ...ctx.body,
          sessionId: ctx.params.sessionId ?? '',
          enrolmentId: ctx.params.enrolmentId ?? '',
          version: ctx.version,
        },
        cc,
      ),
    ),

  'POST /sessions/:sessionId/finalise': async (ctx) => {
    const session = await ctx.run((db, cc) =>
      finaliseRegister(db, { sessionId: ctx.params.sessionId ?? '', version: ctx.version }, cc),
    );
    // The answer is the whole register again, names and all: a read on the record like GET.
    const register = buildRegister(await ctx.read(), session);
    ctx.recordAccess({
      action: 'register.view',
      participantIds: register.rows.map((r) => r.enrolment.participantId),
      recordId: session.id,
    });
    return register;
  },

  'GET /cohorts/:id/attendance-export': async (ctx) => {
    const db = await ctx.read();
    const cohort = findCohort(db, ctx, ctx.params.id);
    const sessions = db.sessions
      .filter((s) => s.cohortId === cohort.id)
      .sort((a, b) => a.number - b.number);
    const today = todayIso();
    const exported = new Set<string>();
    const rows = sessions.flatMap((session) => {
      const register = buildRegister(db, session);
      for (const r of register.rows) exported.add(r.enrolment.participantId);
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
    ctx.recordAccess({
      action: 'attendance.export',
      participantIds: [...exported],
      recordId: cohort.id,
    });
    return { cohortName: cohort.name, rows };
  },
} satisfies Partial<SharedResolvers>;

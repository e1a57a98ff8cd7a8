import { z } from 'zod/mini';
import { isoDateSchema } from '../../src/api/schemas/common';
import { rescheduleSession, ScheduleError } from '../../src/domain/schedule';
import { store } from '../db';
import { audit, checkVersion, HttpError, notFound, parse, readJson, route } from '../http';
import { registerRoster } from '../register-views';
import { findCohort } from '../views';

export const rescheduleSchema = z.object({ date: isoDateSchema });
export const providerCancelSchema = z.object({
  reason: z
    .string()
    .check(
      z.trim(),
      z.minLength(3, { error: 'Give a reason of at least 3 characters' }),
      z.maxLength(300),
    ),
});

export const sessionHandlers = [
  route('patch', '/sessions/:sessionId', ['admin'], async (ctx) => {
    const { date } = parse(rescheduleSchema, await readJson(ctx.request));
    return store.transact((db) => {
      const session =
        db.sessions.find((s) => s.id === ctx.params.sessionId) ?? notFound('That session');
      findCohort(db, ctx, session.cohortId);
      checkVersion(ctx.request, session);
      if (
        db.attendance.some((a) => a.sessionId === session.id && a.code !== null && a.code !== 2)
      ) {
        throw new HttpError(
          409,
          'invalid_state',
          'This session already has a register; it cannot move.',
        );
      }
      const siblings = db.sessions.filter((s) => s.cohortId === session.cohortId);
      try {
        rescheduleSession(siblings, session.number, date);
      } catch (e) {
        if (e instanceof ScheduleError)
          throw new HttpError(400, 'validation_failed', e.message, { date: [e.message] });
        throw e;
      }
      const before = { ...session };
      Object.assign(session, { date, version: session.version + 1 });
      audit(ctx, 'session.reschedule', 'session', session.id, before, session);
      return session;
    });
  }),

  // DOMAIN.md code 4: cancelled by the provider, for everyone on the register; not an absence.
  route(
    'post',
    '/sessions/:sessionId/cancel',
    ['admin'],
    async (ctx) => {
      const { reason } = parse(providerCancelSchema, await readJson(ctx.request));
      return store.transact((db) => {
        const session =
          db.sessions.find((s) => s.id === ctx.params.sessionId) ?? notFound('That session');
        findCohort(db, ctx, session.cohortId);
        checkVersion(ctx.request, session);
        if (session.status === 'cancelled_by_provider')
          throw new HttpError(409, 'invalid_state', 'This session is already cancelled.');
        const before = { ...session };
        Object.assign(session, { status: 'cancelled_by_provider', version: session.version + 1 });
        const now = new Date().toISOString();
        for (const enrolment of registerRoster(db, session)) {
          const record = db.attendance.find(
            (a) => a.sessionId === session.id && a.enrolmentId === enrolment.id,
          );
          if (record)
            Object.assign(record, {
              code: 4,
              updatedAt: now,
              updatedBy: ctx.user.id,
              version: record.version + 1,
            });
          else
            db.attendance.push({
              id: store.newId('att'),
              sessionId: session.id,
              enrolmentId: enrolment.id,
              code: 4,
              note: '',
              catchUpSent: false,
              updatedAt: now,
              updatedBy: ctx.user.id,
              version: 1,
            });
        }
        audit(ctx, 'session.cancel', 'session', session.id, before, { ...session, reason });
        return session;
      });
    },
    { status: 200 },
  ),
];

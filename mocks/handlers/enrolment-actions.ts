import {
  cannotAttendRequestSchema as cannotAttendSchema,
  transferRequestSchema as transferSchema,
  withdrawRequestSchema as withdrawSchema,
} from '../../src/api/schemas/enrolment-actions';
import { PLACE_HOLDING, type Enrolment } from '../../src/api/schemas/participants';
import { todayIso } from '../../src/domain/dates';
import { DEFAULT_TOPICS } from '../../src/domain/schedule';
import { transferFit } from '../../src/domain/transfer';
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
import { freePlace } from '../vacancy-rules';
import { cohortSummary, findCohort, placesFilled, roster } from '../views';

export function findEnrolment(db: Db, ctx: Ctx): Enrolment {
  const enrolment = db.enrolments.find((e) => e.id === ctx.params.id) ?? notFound('That enrolment');
  findCohort(db, ctx, enrolment.cohortId);
  return enrolment;
}

function leave(
  enrolment: Enrolment,
  status: 'withdrawn' | 'transferred' | 'removed_after_absences',
  ctx: Ctx,
  note: string,
  at = new Date().toISOString(),
) {
  if (!PLACE_HOLDING.includes(enrolment.status) || enrolment.status === 'completed') {
    throw new HttpError(
      409,
      'invalid_state',
      `This enrolment is ${enrolment.status}; it cannot be changed.`,
    );
  }
  enrolment.status = status;
  enrolment.history.push({ status, at, byStaffId: ctx.user.id, note });
  enrolment.version += 1;
}

/** Later cohorts with room, and what a move would mean topic by topic. */
function transferOptions(db: Db, enrolment: Enrolment) {
  const from = db.cohorts.find((c) => c.id === enrolment.cohortId);
  const today = todayIso();
  const held = db.sessions
    .filter((s) => s.cohortId === enrolment.cohortId)
    .map((s) => ({
      topic: s.topic,
      code:
        db.attendance.find((a) => a.sessionId === s.id && a.enrolmentId === enrolment.id)?.code ??
        null,
    }));
  return db.cohorts
    .filter(
      (c) =>
        c.id !== enrolment.cohortId &&
        c.type === from?.type &&
        c.startDate > (from?.startDate ?? '') &&
        c.status !== 'cancelled',
    )
    .map((c) => cohortSummary(db, c, today))
    .filter((c) => c.status !== 'completed' && c.filled < c.capacity)
    .map((cohort) => {
      const target = db.sessions
        .filter((s) => s.cohortId === cohort.id)
        .map((s) => ({ topic: s.topic, date: s.date, cancelled: s.status !== 'scheduled' }));
      return { cohort, ...transferFit(held, DEFAULT_TOPICS, target, today) };
    });
}

/** Moves a person to a later cohort with room; the old place is freed. Inside a transaction. */
export function performTransfer(
  db: Db,
  ctx: Ctx,
  enrolment: Enrolment,
  input: { toCohortId: string; reason: string },
) {
  const option = transferOptions(db, enrolment).find((o) => o.cohort.id === input.toCohortId);
  const target = db.cohorts.find((c) => c.id === input.toCohortId) ?? notFound('That cohort');
  if (!option) {
    const full = placesFilled(db, target.id) >= target.capacity;
    throw new HttpError(
      409,
      full ? 'cohort_full' : 'invalid_state',
      full
        ? `${target.name} is full.`
        : `${target.name} is not a later cohort this person can move to.`,
      { toCohortId: ['Choose a later cohort with room'] },
    );
  }
  const before = structuredClone(enrolment);
  // The reason is kept in the enrolment history, which only staff can read (DOMAIN.md).
  leave(enrolment, 'transferred', ctx, `Transferred to ${target.name}: ${input.reason}`);
  const now = new Date().toISOString();
  const moved: Enrolment = {
    id: store.newId('enr'),
    cohortId: target.id,
    participantId: enrolment.participantId,
    status: 'confirmed',
    joinedOn: todayIso() > target.startDate ? todayIso() : target.startDate,
    agreementRecordedAt: enrolment.agreementRecordedAt,
    history: [
      {
        status: 'confirmed',
        at: now,
        byStaffId: ctx.user.id,
        note: `Transferred from the earlier cohort: ${input.reason}`,
      },
    ],
    version: 1,
  };
  db.enrolments.push(moved);
  freePlace(db, enrolment, ctx);
  audit(ctx, 'enrolment.transfer', 'enrolment', enrolment.id, before, {
    from: enrolment,
    to: moved,
  });
  return roster(db, target.id).find((r) => r.id === moved.id);
}

/** Ends a place (withdrawal, or removal after absences) and frees it. Inside a transaction. */
export function performLeave(
  db: Db,
  ctx: Ctx,
  enrolment: Enrolment,
  status: 'withdrawn' | 'removed_after_absences',
  reason: string,
  at?: string,
) {
  const before = structuredClone(enrolment);
  leave(enrolment, status, ctx, reason, at);
  freePlace(db, enrolment, ctx);
  audit(
    ctx,
    status === 'withdrawn' ? 'enrolment.withdraw' : 'enrolment.remove_after_absences',
    'enrolment',
    enrolment.id,
    before,
    enrolment,
  );
  return roster(db, enrolment.cohortId).find((r) => r.id === enrolment.id);
}

export const enrolmentActionHandlers = [
  route('get', '/enrolments/:id/transfer-options', ['admin', 'facilitator'], (ctx) => ({
    items: transferOptions(store.data, findEnrolment(store.data, ctx)),
  })),

  route('post', '/enrolments/:id/transfer', ['admin', 'facilitator'], async (ctx) => {
    const input = parse(transferSchema, await readJson(ctx.request));
    return store.transact((db) => {
      const enrolment = findEnrolment(db, ctx);
      checkVersion(ctx.request, enrolment);
      return performTransfer(db, ctx, enrolment, input);
    });
  }),

  route(
    'post',
    '/enrolments/:id/withdraw',
    ['admin'],
    async (ctx) => {
      const input = parse(withdrawSchema, await readJson(ctx.request));
      return store.transact((db) => {
        const enrolment = findEnrolment(db, ctx);
        checkVersion(ctx.request, enrolment);
        return performLeave(
          db,
          ctx,
          enrolment,
          'withdrawn',
          input.reason,
          `${input.date}T12:00:00.000Z`,
        );
      });
    },
    { status: 200 },
  ),

  // DOMAIN.md: a notified cancellation is recorded (code 2) and still counts as an absence.
  route('post', '/enrolments/:id/cannot-attend', ['admin', 'facilitator'], async (ctx) => {
    const input = parse(cannotAttendSchema, await readJson(ctx.request));
    return store.transact((db) => {
      const enrolment = findEnrolment(db, ctx);
      const session =
        db.sessions.find(
          (s) => s.cohortId === enrolment.cohortId && s.number === input.sessionNumber,
        ) ?? notFound(`Session ${input.sessionNumber}`);
      if (session.status !== 'scheduled')
        throw new HttpError(409, 'invalid_state', 'That session was cancelled by the service.');
      let record = db.attendance.find(
        (a) => a.sessionId === session.id && a.enrolmentId === enrolment.id,
      );
      const before = record ? { ...record } : null;
      if (!record) {
        record = {
          id: store.newId('att'),
          sessionId: session.id,
          enrolmentId: enrolment.id,
          code: null,
          note: '',
          catchUpSent: false,
          updatedAt: null,
          updatedBy: null,
          version: 0,
        };
        db.attendance.push(record);
      }
      Object.assign(record, {
        code: 2,
        note: input.note || 'Gave notice',
        updatedAt: new Date().toISOString(),
        updatedBy: ctx.user.id,
        version: record.version + 1,
      });
      audit(ctx, 'attendance.cannot_attend', 'attendance', record.id, before, record);
      return record;
    });
  }),
];

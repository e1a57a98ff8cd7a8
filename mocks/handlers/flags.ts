import { flagActionSchema, flagContactSchema } from '../../src/api/schemas/flags';
import { store } from '../db';
import { flagFor } from '../flag-views';
import {
  ALL_ROLES,
  audit,
  checkVersion,
  HttpError,
  parse,
  readJson,
  route,
  type Ctx,
} from '../http';
import { canSeeCohort } from '../views';
import { findEnrolment, performLeave, performTransfer } from './enrolment-actions';

function flaggedEnrolment(ctx: Ctx) {
  const db = store.data;
  const enrolment = findEnrolment(db, { ...ctx, params: { id: ctx.params.enrolmentId ?? '' } });
  const flag = flagFor(db, enrolment);
  if (!flag)
    throw new HttpError(
      409,
      'not_flagged',
      'This participant is not flagged for absences; nothing to act on.',
    );
  return { enrolment, flag };
}

export const flagHandlers = [
  route('get', '/flags', ALL_ROLES, ({ user }) => {
    const db = store.data;
    const visible = new Set(db.cohorts.filter((c) => canSeeCohort(user, c)).map((c) => c.id));
    const items = db.enrolments
      .filter((e) => visible.has(e.cohortId))
      .flatMap((e) => flagFor(db, e) ?? []);
    return { items, threshold: db.settings.absenceThreshold };
  }),

  // DOMAIN.md: act on a breach by transfer, keeping with a reason, or withdrawal; all audited.
  route(
    'post',
    '/flags/:enrolmentId/resolve',
    ['admin', 'facilitator'],
    async (ctx) => {
      const input = parse(flagActionSchema, await readJson(ctx.request));
      return store.transact((db) => {
        const { enrolment, flag } = flaggedEnrolment(ctx);
        checkVersion(ctx.request, enrolment);
        audit(ctx, `flag.${input.action}`, 'enrolment', enrolment.id, flag, input);
        if (input.action === 'transfer') return performTransfer(db, ctx, enrolment, input);
        if (input.action === 'withdraw')
          return performLeave(db, ctx, enrolment, 'removed_after_absences', input.reason);
        db.flagReviews.push({
          enrolmentId: enrolment.id,
          reason: input.reason,
          at: new Date().toISOString(),
          byStaffId: ctx.user.id,
          absencesAtReview: flag.absences,
        });
        return flagFor(db, enrolment);
      });
    },
    { status: 200 },
  ),

  route('post', '/flags/:enrolmentId/contacts', ['admin', 'facilitator'], async (ctx) => {
    const input = parse(flagContactSchema, await readJson(ctx.request));
    return store.transact((db) => {
      const { enrolment } = flaggedEnrolment(ctx);
      const contact = {
        id: store.newId('con'),
        enrolmentId: enrolment.id,
        date: input.date,
        byStaffId: ctx.user.id,
        note: input.note,
      };
      db.flagContacts.push(contact);
      audit(ctx, 'flag.contact', 'enrolment', enrolment.id, null, contact);
      return flagFor(db, enrolment);
    });
  }),
];

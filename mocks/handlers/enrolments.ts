import { z } from 'zod/mini';
import {
  createEnrolmentSchema,
  PLACE_HOLDING,
  updateEnrolmentSchema,
  type Enrolment,
} from '../../src/api/schemas/participants';
import { todayIso } from '../../src/domain/dates';
import { store } from '../db';
import { audit, checkVersion, HttpError, notFound, parse, readJson, route } from '../http';
import { cohortSummary, findCohort, placesFilled, roster } from '../views';

// Search terms go in the body: an NHS number must never appear in a URL (DOMAIN.md).
const searchSchema = z.object({
  q: z
    .string()
    .check(z.trim(), z.minLength(2, { error: 'Type at least 2 characters' }), z.maxLength(60)),
});

export const enrolmentHandlers = [
  route(
    'post',
    '/participants/search',
    ['admin', 'manager'],
    async ({ request }) => {
      const { q } = parse(searchSchema, await readJson(request));
      const needle = q.toLowerCase().replace(/\s+/g, ' ');
      const digits = q.replace(/\s/g, '');
      const items = store.data.participants
        .filter(
          (p) =>
            `${p.givenName} ${p.familyName}`.toLowerCase().includes(needle) ||
            (/^\d{3,}$/.test(digits) && p.nhsNumber.includes(digits)),
        )
        .slice(0, 25);
      return { items };
    },
    { status: 200 },
  ),

  // Urgent first, then longest waiting (DOMAIN.md: offer to the right person waiting).
  route('get', '/cohorts/:id/waiting-candidates', ['admin'], (ctx) => {
    findCohort(store.data, ctx, ctx.params.id);
    const items = store.data.referrals
      .filter((r) => r.status === 'waiting')
      .sort(
        (a, b) =>
          Number(b.urgent) - Number(a.urgent) || a.referralDate.localeCompare(b.referralDate),
      )
      .slice(0, 15)
      .map((r) => ({
        participantId: r.participantId,
        name: `${r.givenName} ${r.familyName}`,
        referralDate: r.referralDate,
        urgent: r.urgent,
      }));
    return { items };
  }),

  route('post', '/cohorts/:id/enrolments', ['admin'], async (ctx) => {
    const input = parse(createEnrolmentSchema, await readJson(ctx.request));
    return store.transact((db) => {
      const cohort = findCohort(db, ctx, ctx.params.id);
      if (cohort.status === 'completed' || cohort.status === 'cancelled') {
        throw new HttpError(
          409,
          'invalid_state',
          `This cohort is ${cohort.status}; no one can join it.`,
        );
      }
      const participant =
        db.participants.find((p) => p.id === input.participantId) ?? notFound('That participant');
      // DOMAIN.md: refuse enrolment past max capacity.
      if (placesFilled(db, cohort.id) >= cohort.capacity) {
        throw new HttpError(
          409,
          'cohort_full',
          `${cohort.name} is full (${cohort.capacity} of ${cohort.capacity} places).`,
        );
      }
      const elsewhere = db.enrolments.find((e) => {
        if (e.participantId !== participant.id || !PLACE_HOLDING.includes(e.status)) return false;
        const other = db.cohorts.find((c) => c.id === e.cohortId);
        const status = other ? cohortSummary(db, other).status : 'completed';
        return e.cohortId === cohort.id || status === 'running' || status === 'planned';
      });
      if (elsewhere) {
        const other = db.cohorts.find((c) => c.id === elsewhere.cohortId);
        throw new HttpError(
          409,
          'already_enrolled',
          `${participant.givenName} ${participant.familyName} already has a place in ${other?.name ?? 'another cohort'}.`,
        );
      }
      const now = new Date().toISOString();
      const enrolment: Enrolment = {
        id: store.newId('enr'),
        cohortId: cohort.id,
        participantId: participant.id,
        status: 'confirmed',
        joinedOn: todayIso(),
        agreementRecordedAt: input.agreementRecorded ? now : null,
        history: [{ status: 'confirmed', at: now, byStaffId: ctx.user.id, note: null }],
        version: 1,
      };
      db.enrolments.push(enrolment);
      db.referrals
        .filter((r) => r.participantId === participant.id && r.status === 'waiting')
        .forEach((r) => Object.assign(r, { status: 'enrolled', version: r.version + 1 }));
      audit(ctx, 'enrolment.create', 'enrolment', enrolment.id, null, enrolment);
      return roster(db, cohort.id).find((r) => r.id === enrolment.id);
    });
  }),

  route(
    'patch',
    '/enrolments/:id',
    ['admin', 'facilitator'],
    async (ctx) => {
      const input = parse(updateEnrolmentSchema, await readJson(ctx.request));
      return store.transact((db) => {
        const enrolment =
          db.enrolments.find((e) => e.id === ctx.params.id) ?? notFound('That enrolment');
        findCohort(db, ctx, enrolment.cohortId);
        checkVersion(ctx.request, enrolment);
        if (input.status && ctx.user.role !== 'admin')
          throw new HttpError(403, 'forbidden', 'Only service admins change enrolment status.');
        const before = structuredClone(enrolment);
        const now = new Date().toISOString();
        if (input.agreementRecorded) enrolment.agreementRecordedAt = now;
        if (input.status && input.status !== enrolment.status) {
          enrolment.status = input.status;
          enrolment.history.push({
            status: input.status,
            at: now,
            byStaffId: ctx.user.id,
            note: input.note ?? null,
          });
        }
        enrolment.version += 1;
        audit(ctx, 'enrolment.update', 'enrolment', enrolment.id, before, enrolment);
        return roster(db, enrolment.cohortId).find((r) => r.id === enrolment.id);
      });
    },
    { status: 200 },
  ),
];

import { enrolParticipant, recordAgreement } from '../../domain/commands/enrolments';
import { cohortSlotName, fitsCohort } from '../../domain/candidates';
import type { SharedResolvers } from '../resolver';
import { findCohort, roster, written } from '../views/views';

export const enrolmentResolvers = {
  // Search terms come in the body: an NHS number must never appear in a URL (docs/domain.md).
  'POST /participants/search': async (ctx) => {
    const items = await ctx.findPeople(ctx.body.q);
    // The ids it found, never the text searched for (it may be an NHS number).
    ctx.recordAccess({ action: 'participants.search', participantIds: items.map((p) => p.id) });
    return { items };
  },

  // The waiting order of src/domain/waiting-list.ts: urgent first, then longest waiting.
  'GET /cohorts/:id/waiting-candidates': async (ctx) => {
    const cohort = findCohort(await ctx.read(), ctx, ctx.params.id);
    const when = cohortSlotName(cohort);
    const { items: waiting } = await ctx.waitingList({
      text: '',
      status: 'waiting',
      urgency: 'all',
      desc: false,
      offset: 0,
      limit: 15,
    });
    ctx.recordAccess({
      action: 'candidates.view',
      participantIds: waiting.map((r) => r.participantId),
      recordId: cohort.id,
    });
    const items = waiting.map((r) => {
      const free = fitsCohort(r.availability, cohort);
      return {
        participantId: r.participantId,
        name: `${r.givenName} ${r.familyName}`,
        referralDate: r.referralDate,
        urgent: r.urgent,
        freeAtCohortTime: free,
        availability: free ? `free on ${when}` : `not available on ${when}`,
      };
    });
    return { items };
  },

  'POST /cohorts/:id/enrolments': async (ctx) => {
    const enrolment = await ctx.run(
      (db, cc) => enrolParticipant(db, { ...ctx.body, cohortId: ctx.params.id ?? '' }, cc),
      { participantIds: [ctx.body.participantId] },
    );
    return written(
      roster(await ctx.read(), enrolment.cohortId).find((r) => r.id === enrolment.id),
      'The place',
    );
  },

  'PATCH /enrolments/:id': async (ctx) => {
    const enrolment = await ctx.run((db, cc) =>
      recordAgreement(db, { enrolmentId: ctx.params.id ?? '', version: ctx.version }, cc),
    );
    return written(
      roster(await ctx.read(), enrolment.cohortId).find((r) => r.id === enrolment.id),
      'The place',
    );
  },
} satisfies Partial<SharedResolvers>;

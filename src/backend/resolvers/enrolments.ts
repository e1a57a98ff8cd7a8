import { enrolParticipant, recordAgreement } from '../../domain/commands/enrolments';
import type { SharedResolvers } from '../resolver';
import { findCohort, roster } from '../views/views';

export const enrolmentResolvers = {
  // Search terms come in the body: an NHS number must never appear in a URL (DOMAIN.md).
  'POST /participants/search': async (ctx) => {
    return { items: await ctx.findPeople(ctx.body.q) };
  },

  // The waiting order of src/domain/waiting-list.ts: urgent first, then longest waiting.
  'GET /cohorts/:id/waiting-candidates': async (ctx) => {
    findCohort(await ctx.read(), ctx, ctx.params.id);
    const { items: waiting } = await ctx.waitingList({
      text: '',
      status: 'waiting',
      urgency: 'all',
      desc: false,
      offset: 0,
      limit: 15,
    });
    const items = waiting.map((r) => ({
      participantId: r.participantId,
      name: `${r.givenName} ${r.familyName}`,
      referralDate: r.referralDate,
      urgent: r.urgent,
    }));
    return { items };
  },

  'POST /cohorts/:id/enrolments': async (ctx) => {
    const enrolment = await ctx.run(
      (db, cc) => enrolParticipant(db, { ...ctx.body, cohortId: ctx.params.id ?? '' }, cc),
      { participantIds: [ctx.body.participantId] },
    );
    return roster(await ctx.read(), enrolment.cohortId).find((r) => r.id === enrolment.id);
  },

  'PATCH /enrolments/:id': async (ctx) => {
    const enrolment = await ctx.run((db, cc) =>
      recordAgreement(db, { enrolmentId: ctx.params.id ?? '', version: ctx.version }, cc),
    );
    return roster(await ctx.read(), enrolment.cohortId).find((r) => r.id === enrolment.id);
  },
} satisfies Partial<SharedResolvers>;

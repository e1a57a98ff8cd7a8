import { enrolParticipant, recordAgreement } from '../../src/domain/commands/enrolments';
import { compareWaiting } from '../../src/domain/waiting-list';
import { ifMatch, runCommand } from '../commands';
import { store } from '../db';
import type { Resolvers } from '../http';
import { findCohort, roster } from '../views';

export const enrolmentResolvers = {
  // Search terms come in the body: an NHS number must never appear in a URL (DOMAIN.md).
  'POST /participants/search': (ctx) => {
    const { q } = ctx.body;
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

  // The waiting order of src/domain/waiting-list.ts: urgent first, then longest waiting.
  'GET /cohorts/:id/waiting-candidates': (ctx) => {
    findCohort(store.data, ctx, ctx.params.id);
    const items = store.data.referrals
      .filter((r) => r.status === 'waiting')
      .sort(compareWaiting)
      .slice(0, 15)
      .map((r) => ({
        participantId: r.participantId,
        name: `${r.givenName} ${r.familyName}`,
        referralDate: r.referralDate,
        urgent: r.urgent,
      }));
    return { items };
  },

  'POST /cohorts/:id/enrolments': (ctx) => {
    const enrolment = runCommand(ctx, (db, cc) =>
      enrolParticipant(db, { ...ctx.body, cohortId: ctx.params.id ?? '' }, cc),
    );
    return roster(store.data, enrolment.cohortId).find((r) => r.id === enrolment.id);
  },

  'PATCH /enrolments/:id': (ctx) => {
    const enrolment = runCommand(ctx, (db, cc) =>
      recordAgreement(db, { enrolmentId: ctx.params.id ?? '', version: ifMatch(ctx.request) }, cc),
    );
    return roster(store.data, enrolment.cohortId).find((r) => r.id === enrolment.id);
  },
} satisfies Partial<Resolvers>;

import { recordFlagContact, resolveFlag } from '../../domain/commands/flags';
import { flagFor } from '../views/flag-views';
import type { SharedResolvers } from '../resolver';
import { canSeeCohort, roster, written } from '../views/views';

export const flagResolvers = {
  'GET /flags': async (ctx) => {
    const db = await ctx.read();
    const visible = new Set(db.cohorts.filter((c) => canSeeCohort(ctx, c)).map((c) => c.id));
    const items = db.enrolments
      .filter((e) => visible.has(e.cohortId))
      .flatMap((e) => flagFor(db, e) ?? []);
    ctx.recordAccess({ action: 'flags.view', participantIds: items.map((f) => f.participantId) });
    return { items, threshold: db.settings.absenceThreshold };
  },

  // docs/domain.md: act on a breach by transfer, keeping with a reason, or withdrawal; all audited.
  'POST /flags/:enrolmentId/resolve': async (ctx) => {
    const { kind, enrolment } = await ctx.run((db, cc) =>
      resolveFlag(
        db,
        { ...ctx.body, enrolmentId: ctx.params.enrolmentId ?? '', version: ctx.version },
        cc,
      ),
    );
    const db = await ctx.read();
    if (kind === 'kept') return flagFor(db, enrolment);
    return roster(db, enrolment.cohortId).find((r) => r.id === enrolment.id) ?? null;
  },

  'POST /flags/:enrolmentId/contacts': async (ctx) => {
    const contact = await ctx.run((db, cc) =>
      recordFlagContact(db, { ...ctx.body, enrolmentId: ctx.params.enrolmentId ?? '' }, cc),
    );
    const db = await ctx.read();
    const enrolment = db.enrolments.find((e) => e.id === contact.enrolmentId);
    return written(enrolment && flagFor(db, enrolment), 'The flag');
  },
} satisfies Partial<SharedResolvers>;

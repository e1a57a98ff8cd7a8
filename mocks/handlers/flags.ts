import { recordFlagContact, resolveFlag } from '../../src/domain/commands/flags';
import { ifMatch, runCommand } from '../commands';
import { store } from '../db';
import { flagFor } from '../flag-views';
import type { Resolvers } from '../http';
import { canSeeCohort, roster } from '../views';

export const flagResolvers = {
  'GET /flags': (ctx) => {
    const db = store.data;
    const visible = new Set(db.cohorts.filter((c) => canSeeCohort(ctx, c)).map((c) => c.id));
    const items = db.enrolments
      .filter((e) => visible.has(e.cohortId))
      .flatMap((e) => flagFor(db, e) ?? []);
    return { items, threshold: db.settings.absenceThreshold };
  },

  // DOMAIN.md: act on a breach by transfer, keeping with a reason, or withdrawal; all audited.
  'POST /flags/:enrolmentId/resolve': (ctx) => {
    const { kind, enrolment } = runCommand(ctx, (db, cc) =>
      resolveFlag(
        db,
        { ...ctx.body, enrolmentId: ctx.params.enrolmentId ?? '', version: ifMatch(ctx.request) },
        cc,
      ),
    );
    const db = store.data;
    if (kind === 'kept') return flagFor(db, enrolment);
    return roster(db, enrolment.cohortId).find((r) => r.id === enrolment.id) ?? null;
  },

  'POST /flags/:enrolmentId/contacts': (ctx) => {
    const contact = runCommand(ctx, (db, cc) =>
      recordFlagContact(db, { ...ctx.body, enrolmentId: ctx.params.enrolmentId ?? '' }, cc),
    );
    const enrolment = store.data.enrolments.find((e) => e.id === contact.enrolmentId);
    return enrolment ? flagFor(store.data, enrolment) : null;
  },
} satisfies Partial<Resolvers>;

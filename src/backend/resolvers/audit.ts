import { ANONYMOUS, PARTICIPANT, SYSTEM } from '../../api/schemas/audit';
import { maskNhsNumbersDeep as mask } from '../../domain/nhs-number-text';
import { fullName } from '../../domain/names';
import type { SharedResolvers } from '../resolver';
import { auditRecordsOf } from '../views/audit-records';

export const auditResolvers = {
  'GET /audit': async (ctx) => {
    const f = ctx.query;
    const { items: newestFirst, total } = await ctx.auditTrail(f, f);
    // The people the page is about, and no one else (people in a cohort and those an offer
    // points to come with every read).
    const db = await ctx.read({
      referralIds: newestFirst.flatMap((e) =>
        e.entity === 'referral'
          ? [e.entityId]
          : [(e.after as { referralId?: string } | null)?.referralId],
      ),
      participantIds: newestFirst.map(
        (e) => (e.after as { participantId?: string } | null)?.participantId,
      ),
    });
    const items = newestFirst.map((e) => ({
      ...e,
      before: mask(e.before),
      after: mask(e.after),
      actorName:
        e.actorId === ANONYMOUS
          ? 'Not signed in'
          : e.actorId === SYSTEM
            ? // The server's own scheduled work (an offer expiring by itself).
              'The register, automatically'
            : e.actorRole === PARTICIPANT
              ? 'The person, by their link'
              : (db.staff.find((s) => s.id === e.actorId)?.name ?? e.actorId),
      records: auditRecordsOf(db, e),
    }));
    // The people the page names (by their entry or by name alone) are on the record.
    const named = items.flatMap((e) => e.records);
    ctx.recordAccess({
      action: 'audit.view',
      participantIds: named.map((r) =>
        r.kind === 'person'
          ? r.id
          : r.kind === 'referral'
            ? (db.referrals.find((x) => x.id === r.id)?.participantId ?? '')
            : '',
      ),
    });
    return { items, total, offset: f.offset };
  },

  'GET /audit/access': async (ctx) => {
    const { participant, offset, limit } = ctx.query;
    const { items, total } = await ctx.accessLog(participant, { offset, limit });
    const db = await ctx.read({ participantIds: [participant] });
    const person = db.participants.find((p) => p.id === participant);
    return {
      person: person ? fullName(person) : null,
      // The entry's fields the page shows, named one by one: the log's own row also keeps the
      // person's id (asked for already) and the request id, which the answer need not carry.
      items: items.map((e) => ({
        id: e.id,
        at: e.at,
        actorId: e.actorId,
        actorName: db.staff.find((s) => s.id === e.actorId)?.name ?? e.actorId,
        actorRole: e.actorRole,
        action: e.action,
        recordId: e.recordId,
        shown: e.shown,
      })),
      total,
      offset,
    };
  },
} satisfies Partial<SharedResolvers>;

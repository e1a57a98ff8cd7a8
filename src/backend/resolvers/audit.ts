import { ANONYMOUS, SYSTEM } from '../../api/schemas/audit';
import { maskNhsNumbersDeep as mask } from '../../domain/nhs-number-text';
import type { Snapshot as Db } from '../snapshot';
import type { SharedResolvers } from '../resolver';

/** The participant a record is about, by name (audit readers need to know who). */
function subjectOf(db: Db, entity: string, id: string, after: unknown): string | null {
  const participantId =
    entity === 'enrolment'
      ? db.enrolments.find((e) => e.id === id)?.participantId
      : entity === 'attendance'
        ? db.enrolments.find((e) => e.id === db.attendance.find((a) => a.id === id)?.enrolmentId)
            ?.participantId
        : entity === 'referral'
          ? db.referrals.find((r) => r.id === id)?.participantId
          : (after as { participantId?: string } | null)?.participantId;
  const p = db.participants.find((x) => x.id === participantId);
  return p
    ? `${p.givenName} ${p.familyName}`
    : entity === 'cohort'
      ? (db.cohorts.find((c) => c.id === id)?.name ?? null)
      : null;
}

export const auditResolvers = {
  'GET /audit': async (ctx) => {
    const f = ctx.query;
    const { items: newestFirst, total } = await ctx.auditTrail(f, f);
    // The people the page is about, and no one else.
    const db = await ctx.read({
      referralIds: newestFirst.filter((e) => e.entity === 'referral').map((e) => e.entityId),
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
            : (db.staff.find((s) => s.id === e.actorId)?.name ?? e.actorId),
      subject: subjectOf(db, e.entity, e.entityId, e.after),
    }));
    return { items, total, offset: f.offset };
  },
} satisfies Partial<SharedResolvers>;

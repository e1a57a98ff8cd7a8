import { maskNhsNumber } from '../../src/domain/nhs-number';
import { store, type Db } from '../db';
import type { Resolvers } from '../http';

/** Any NHS number anywhere in a before/after snapshot leaves the server masked. */
function mask(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\b\d{10}\b/g, (n) => maskNhsNumber(n));
  if (Array.isArray(value)) return value.map(mask);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mask(v)]));
  return value;
}

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
  'GET /audit': ({ query: f }) => {
    const db = store.data;
    const matching = db.audit.filter(
      (e) =>
        (!f.actor || e.actorId === f.actor) &&
        (!f.record || e.entityId === f.record) &&
        (!f.from || e.at.slice(0, 10) >= f.from) &&
        (!f.to || e.at.slice(0, 10) <= f.to),
    );
    const items = matching
      .slice(-500)
      .reverse()
      .map((e) => ({
        ...e,
        before: mask(e.before),
        after: mask(e.after),
        actorName: db.staff.find((s) => s.id === e.actorId)?.name ?? e.actorId,
        subject: subjectOf(db, e.entity, e.entityId, e.after),
      }));
    return { items, total: matching.length };
  },
} satisfies Partial<Resolvers>;

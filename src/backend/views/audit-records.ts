import type { AuditEvent } from '../../api/schemas/audit';
import type { AuditRecord } from '../../api/schemas/audit-view';
import { fullName } from '../../domain/names';
import type { Snapshot } from '../snapshot';

// The records an audit entry is about, by name, for a reader who must know who and which: the
// person first (linked to their waiting-list entry when they have one), then the cohort, the
// session or the place. Names come from the records this read holds, or from the entry's own
// snapshot when the record is gone (a deleted cohort); the app links by id only.

type Db = Pick<
  Snapshot,
  | 'staff'
  | 'cohorts'
  | 'sessions'
  | 'participants'
  | 'enrolments'
  | 'attendance'
  | 'referrals'
  | 'vacancies'
  | 'offers'
>;

const field = (value: unknown, key: string): string | undefined => {
  const v = (value as Record<string, unknown> | null)?.[key];
  return typeof v === 'string' ? v : undefined;
};

function person(db: Db, participantId: string | undefined): AuditRecord[] {
  const p = db.participants.find((x) => x.id === participantId);
  if (!p) return [];
  // Their latest waiting-list entry is their page; without one, the name alone.
  const entry = db.referrals.findLast((r) => r.participantId === p.id);
  return [{ kind: entry ? 'referral' : 'person', id: entry?.id ?? p.id, name: fullName(p) }];
}

function cohort(db: Db, cohortId: string | undefined): AuditRecord[] {
  const c = db.cohorts.find((x) => x.id === cohortId);
  return c ? [{ kind: 'cohort', id: c.id, name: c.name }] : [];
}

function session(db: Db, sessionId: string | undefined): AuditRecord[] {
  const s = db.sessions.find((x) => x.id === sessionId);
  if (!s) return [];
  const of = db.cohorts.find((c) => c.id === s.cohortId)?.name;
  return [
    { kind: 'session', id: s.id, name: of ? `${of}, session ${s.number}` : `Session ${s.number}` },
  ];
}

function enrolment(db: Db, enrolmentId: string | undefined): AuditRecord[] {
  const e = db.enrolments.find((x) => x.id === enrolmentId);
  return e ? [...person(db, e.participantId), ...cohort(db, e.cohortId)] : [];
}

function vacancy(db: Db, vacancyId: string | undefined): AuditRecord[] {
  const v = db.vacancies.find((x) => x.id === vacancyId);
  if (!v) return [];
  const of = db.cohorts.find((c) => c.id === v.cohortId)?.name;
  return [{ kind: 'vacancy', id: v.id, name: of ? `Freed place in ${of}` : 'Freed place' }];
}

function referral(db: Db, referralId: string | undefined): AuditRecord[] {
  const r = db.referrals.find((x) => x.id === referralId);
  return r ? [{ kind: 'referral', id: r.id, name: fullName(r) }] : [];
}

function unique(records: AuditRecord[]): AuditRecord[] {
  return records.filter(
    (r, i) => records.findIndex((o) => o.kind === r.kind && o.id === r.id) === i,
  );
}

export function auditRecordsOf(db: Db, e: AuditEvent): AuditRecord[] {
  const id = e.entityId;
  switch (e.entity) {
    case 'cohort': {
      const found = cohort(db, id);
      const name = field(e.before, 'name') ?? field(e.after, 'name');
      return found.length ? found : name ? [{ kind: 'other', id, name: `${name} (deleted)` }] : [];
    }
    case 'enrolment': {
      // A transfer's entry holds the place it left and the new one: name both cohorts.
      const to = (e.after as { to?: { id?: string } } | null)?.to?.id;
      return unique([...enrolment(db, id), ...enrolment(db, to)]);
    }
    case 'attendance': {
      const mark = db.attendance.find((a) => a.id === id);
      const enrolmentId = mark?.enrolmentId ?? field(e.after, 'enrolmentId');
      const sessionId = mark?.sessionId ?? field(e.after, 'sessionId');
      return unique([...enrolment(db, enrolmentId), ...session(db, sessionId)]);
    }
    case 'session':
      return session(db, id);
    case 'referral':
      return referral(db, id);
    case 'offer': {
      const offer = db.offers.find((o) => o.id === id);
      const referralId = offer?.referralId ?? field(e.after, 'referralId');
      return [
        ...referral(db, referralId),
        ...vacancy(db, offer?.vacancyId ?? field(e.after, 'vacancyId')),
      ];
    }
    case 'vacancy':
      return vacancy(db, id);
    case 'staff': {
      const s = db.staff.find((x) => x.id === id);
      if (s) return [{ kind: 'staff', id: s.id, name: s.name }];
      // A refused sign-in names no account when the email typed has none.
      return id === 'unknown' ? [{ kind: 'other', id, name: 'No account with that email' }] : [];
    }
    case 'settings':
      return [{ kind: 'other', id, name: 'Service settings' }];
    case 'service':
      return [{ kind: 'other', id, name: 'Demo data' }];
    case 'sign-on identity':
      return [{ kind: 'other', id, name: 'An identity with no account here' }];
    default:
      return [];
  }
}

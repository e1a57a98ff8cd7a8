import { DAY_NAMES, PART_NAMES, type Slot } from '../../domain/availability';
import { attendanceLabel, isAttendanceCode } from '../../domain/attendance-codes';
import { readableKey } from '../../domain/audit-actions';
import { formatDate, formatDateTime } from '../../lib/format';

// An audit entry's before and after, as the few fields it changed in words ("Capacity: 12 ->
// 14"), not JSON. Values arrive with NHS numbers already masked by the server.

export interface FieldChange {
  field: string;
  /** null: no value (empty, or none yet). */
  from: string | null;
  to: string | null;
  /** Nothing before held this field (a new record, or a decision's own details). */
  added: boolean;
}

/** Bookkeeping every record carries: not what a reader means by "what changed". */
const SKIP = new Set([
  'id',
  'version',
  'updatedAt',
  'updatedBy',
  'history',
  'participantId',
  'createdBy',
  'byStaffId',
  'freedByEnrolmentId',
  'registerFinalisedAt',
]);

const FIELD_WORDS: Record<string, string> = {
  absenceThreshold: 'Absences allowed',
  absences: 'Absences',
  accessNeeds: 'Access needs',
  action: 'Decision',
  agreementRecordedAt: 'Group agreement recorded',
  catchUpSent: 'Catch-up material sent',
  closedReason: 'Why not offered',
  code: 'Attendance',
  type: 'Kind',
  cohortId: 'Cohort',
  contactChannel: 'Contact by',
  remindersConsent: 'Reminders and missed material',
  completionMinSessions: 'Sessions needed to complete',
  dateOfBirth: 'Date of birth',
  decidedAt: 'Decided',
  ended: 'Sessions ended',
  expiresAt: 'Offer expires',
  facilitatorIds: 'Facilitators',
  gpPractice: 'GP practice',
  joinedOn: 'Joined on',
  lateJoinCutoffSession: 'Late joining until session',
  nhsNumber: 'NHS number',
  referralDate: 'Referred on',
  referralId: 'Waiting list entry',
  sessionId: 'Session',
  sessionIdleMinutes: 'Sign out after (minutes without use)',
  sessionMaxHours: 'Longest session (hours)',
  sessionLengthMinutes: 'Session length (minutes)',
  urgent: 'Urgency',
  vacancyId: 'Freed place',
  videoLink: 'Video link',
};

const MAX_LINES = 8;

type Values = Record<string, unknown>;
const isObject = (v: unknown): v is Values =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function fieldWords(key: string): string {
  return FIELD_WORDS[key] ?? readableKey(key);
}

/** One value in words: ids by name when the page knows them, dates in London time. */
export function valueWords(
  key: string,
  value: unknown,
  nameOf: (id: string) => string | undefined = () => undefined,
): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (key === 'urgent' && typeof value === 'boolean') return value ? 'urgent' : 'routine';
  if (key === 'code' && isAttendanceCode(value)) return attendanceLabel(value);
  if (key === 'type' && (value === 'course' || value === 'workshop'))
    return value === 'course' ? 'Group course (weekly sessions)' : 'Workshop (one session)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return stringWords(value, nameOf);
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    const each = value.map((v) => (isSlot(v) ? slotWords(v) : valueWords(key, v, nameOf)));
    return short(each.filter((v) => v !== null).join(', '));
  }
  if (isObject(value)) {
    const named = value.name ?? value.reason ?? value.status;
    return typeof named === 'string' ? stringWords(named, nameOf) : 'changed';
  }
  return null;
}

function stringWords(value: string, nameOf: (id: string) => string | undefined): string {
  const named = nameOf(value);
  if (named) return named;
  // A record id the page has no name for: never shown raw ("coh_008g" means nothing to staff).
  if (/^[a-z]{1,5}_(?=[0-9a-z]*\d)[0-9a-z]+$/.test(value)) return 'a record not shown on this page';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return formatDateTime(value);
  // Status words stored with underscores: removed_after_absences, face_to_face.
  if (/^[a-z]+(_[a-z]+)+$/.test(value)) return value.replace(/_/g, ' ');
  return short(value);
}

function isSlot(v: unknown): v is Slot {
  return isObject(v) && typeof v.day === 'string' && typeof v.time === 'string';
}

function slotWords(s: Slot): string {
  return `${DAY_NAMES[s.day] ?? s.day} ${PART_NAMES[s.time] ?? s.time}`;
}

function short(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/** The fields an entry changed, in words. A new record lists what it was made with; a
 * transfer (after = { from, to }) reads as the place that moved; a removal lists nothing. */
export function fieldChanges(
  event: { before: unknown; after: unknown },
  nameOf?: (id: string) => string | undefined,
): FieldChange[] {
  let before = isObject(event.before) ? event.before : null;
  let after = isObject(event.after) ? event.after : null;
  if (!after) return [];
  if (isObject(after.from) && isObject(after.to)) {
    before = { cohortId: (before ?? after.from).cohortId };
    after = { cohortId: after.to.cohortId };
  }
  const changes: FieldChange[] = [];
  for (const key of Object.keys(after)) {
    if (SKIP.has(key)) continue;
    const was = before?.[key];
    const now = after[key];
    if (before && JSON.stringify(was) === JSON.stringify(now)) continue;
    const from = before ? valueWords(key, was, nameOf) : null;
    const to = valueWords(key, now, nameOf);
    if (from === null && to === null) continue;
    changes.push({
      field: fieldWords(key),
      from,
      to,
      added: !before || !Object.hasOwn(before, key),
    });
  }
  return changes;
}

/** At most a few lines, then how many more: the list stays short enough to read. */
export function changeLines(changes: FieldChange[]): string[] {
  const lines = changes.map((c) =>
    c.added ? `${c.field}: ${c.to ?? '—'}` : `${c.field}: ${c.from ?? '—'} → ${c.to ?? '—'}`,
  );
  if (lines.length <= MAX_LINES) return lines;
  return [...lines.slice(0, MAX_LINES - 1), `and ${lines.length - MAX_LINES + 1} more`];
}

// Reads on the record: each kind of answer that shows a person's identifiers or clinical
// details, and how the audit page says it. The access log stores the key, never the words, so
// the words can change without rewriting the log. `many`: the answer shows a list of people
// (a search, a list, an export), whose size is kept beside each person's entry.

export const ACCESS_ACTIONS = {
  'referral.view': { words: 'Opened their waiting-list entry', many: false },
  'waiting-list.search': { words: 'Saw them on a page of the waiting list', many: true },
  'participants.search': { words: 'Found them in a search for people', many: true },
  'register.view': { words: 'Opened a register with them on it', many: true },
  'roster.view': { words: "Opened a cohort's list of people with them on it", many: true },
  'candidates.view': { words: 'Saw them among the people to enrol next', many: true },
  'flags.view': { words: 'Saw them among the absence flags', many: true },
  'vacancy.view': { words: 'Saw them suggested or offered a freed place', many: true },
  'vacancy.search': { words: 'Found them in a search for a freed place', many: true },
  'reminders.view': { words: "Saw them on a cohort's session reminders", many: true },
  'outcomes.view': { words: "Saw their outcome scores on a cohort's outcomes", many: true },
  'alerts.view': { words: 'Saw them among the open safety alerts', many: true },
  'talking-therapies.export': {
    words: 'Exported the NHS Talking Therapies data set (NHS numbers, scores) with them in it',
    many: true,
  },
  'audit.view': { words: 'Saw them named in the audit trail', many: true },
  'attendance.export': {
    words: "Exported a cohort's attendance (NHS numbers) with them in it",
    many: true,
  },
} as const satisfies Record<string, { words: string; many: boolean }>;

export type AccessAction = keyof typeof ACCESS_ACTIONS;

export const ACCESS_ACTION_KEYS = Object.keys(ACCESS_ACTIONS) as AccessAction[];

/** What one answer showed: the people (participant ids) and the record it was about. */
export interface AccessRecord {
  action: AccessAction;
  participantIds: readonly string[];
  /** The referral, session, cohort or vacancy the answer was about, if any. */
  recordId?: string;
}

/** The rows one answer adds to the access log: one a person, each with how many people the
 * answer showed when it showed a list. An answer that showed nobody adds none. */
export function accessRows(record: AccessRecord) {
  const people = [...new Set(record.participantIds.filter(Boolean))];
  const shown = ACCESS_ACTIONS[record.action].many ? people.length : null;
  return people.map((participantId) => ({
    action: record.action,
    participantId,
    recordId: record.recordId ?? null,
    shown,
  }));
}

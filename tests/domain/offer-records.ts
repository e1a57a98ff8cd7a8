import type { ContactAttempt } from '../../src/api/schemas/contacts';
import { NO_COURSE_MESSAGES } from '../../src/domain/course-messages';
import { DEFAULT_REMINDER_TIMES } from '../../src/domain/reminders';
import { NO_NOTIFY_TEMPLATES } from '../../src/domain/offer-message';
import { DEFAULT_SIGNPOSTING } from '../../src/domain/eligibility';
import { DEFAULT_SESSION_LIMITS } from '../../src/domain/session-limits';
import { TEMPORARY_PASSWORD_HOURS } from '../../src/domain/temporary-passwords';
import type { Cohort, Session } from '../../src/api/schemas/cohorts';
import type { Enrolment, Participant } from '../../src/api/schemas/participants';
import type { Offer, Referral, Vacancy } from '../../src/api/schemas/referrals';
import type { ServiceSettings } from '../../src/api/schemas/settings';
import { Refusal, type CommandContext } from '../../src/domain/commands/command';
import { ROLES, scopeOf } from '../../src/domain/policy';

// Small hand-built records for the referral, offer and settings commands (no mock server).
// Cohort coh-1 is a course of 8 Monday evenings from 9 Nov 2026; "today" is Monday 2 Nov, so it
// is planned and late joining is open until session 3 (23 Nov). It has 2 places, one held.

export const TODAY = '2026-11-02';
export const NOW = '2026-11-02T10:00:00.000Z';
export const ADMIN_ID = 'stf-adm';

/** The role that manages offers, referrals and settings (whatever it is called). */
const adminRole = ROLES.find((r) => scopeOf(r, 'offer.manage') === 'all')!;

export function contextFor(over: Partial<CommandContext> = {}): CommandContext & { ids: string[] } {
  let n = 0;
  const ids: string[] = [];
  return {
    actor: { id: ADMIN_ID, role: adminRole, scope: 'all' },
    now: NOW,
    today: TODAY,
    newId: (prefix) => {
      const id = `${prefix}-new${++n}`;
      ids.push(id);
      return id;
    },
    ids,
    ...over,
  };
}

export function cohort(id = 'coh-1', over: Partial<Cohort> = {}): Cohort {
  return {
    id,
    name: `Cohort ${id}`,
    type: 'course',
    delivery: 'online',
    videoLink: 'https://video.example/room',
    venue: '',
    startDate: '2026-11-09',
    startTime: '18:00',
    sessionLengthMinutes: 120,
    capacity: 2,
    facilitatorIds: ['stf-1', 'stf-2'],
    status: 'planned',
    cancelReason: null,
    version: 1,
    ...over,
  };
}

/** 8 weekly sessions from `first` November 2026. */
export function sessions(cohortId = 'coh-1', first = 9): Session[] {
  return Array.from({ length: 8 }, (_, i) => {
    const day = new Date(Date.UTC(2026, 10, first + 7 * i)).toISOString().slice(0, 10);
    return {
      id: `ses-${cohortId}-${i + 1}`,
      cohortId,
      number: i + 1,
      date: day,
      startTime: '18:00',
      topic: `Topic ${i + 1}`,
      status: 'scheduled',
      registerFinalisedAt: null,
      videoLink: null,
      version: 1,
    };
  });
}

export function participant(id: string, nhsNumber: string): Participant {
  return {
    id,
    givenName: id.replace('par-', '').replace(/^./, (c) => c.toUpperCase()),
    familyName: 'Example',
    nhsNumber,
    dateOfBirth: '1970-01-01',
    borough: 'Islington',
    phone: '020 7946 0000',
    email: null,
    contactChannel: 'text',
    remindersConsent: true,
  };
}

export function referral(id: string, over: Partial<Referral> = {}): Referral {
  const name = id.replace('ref-', '');
  return {
    id,
    participantId: `par-${name}`,
    givenName: name.replace(/^./, (c) => c.toUpperCase()),
    familyName: 'Example',
    nhsNumber: '9434765919',
    borough: 'Islington',
    gpPractice: 'Archway Medical Centre',
    referralDate: '2026-09-01',
    availability: [{ day: 'mon', time: 'evening' }],
    accessNeeds: '',
    urgent: false,
    notes: '',
    status: 'waiting',
    closure: null,
    version: 1,
    ...over,
  };
}

export function enrolment(id: string, over: Partial<Enrolment> = {}): Enrolment {
  return {
    id,
    cohortId: 'coh-1',
    participantId: `par-${id}`,
    status: 'confirmed',
    joinedOn: '2026-10-01',
    agreementRecordedAt: null,
    history: [
      { status: 'confirmed', at: '2026-10-01T10:00:00.000Z', byStaffId: ADMIN_ID, note: null },
    ],
    version: 1,
    ...over,
  };
}

export function vacancy(id = 'vac-1', over: Partial<Vacancy> = {}): Vacancy {
  return {
    id,
    cohortId: 'coh-1',
    freedByEnrolmentId: 'enr-left',
    openedAt: '2026-10-30T09:00:00.000Z',
    status: 'open',
    closedReason: null,
    version: 3,
    ...over,
  };
}

export function offer(id: string, over: Partial<Offer> = {}): Offer {
  return {
    id,
    vacancyId: 'vac-1',
    referralId: 'ref-ann',
    createdAt: '2026-11-01T10:00:00.000Z',
    createdBy: ADMIN_ID,
    expiresAt: '2026-11-03T10:00:00.000Z',
    status: 'open',
    decidedAt: null,
    declineReason: null,
    declineNote: '',
    version: 1,
    ...over,
  };
}

export const SETTINGS: ServiceSettings = {
  absenceThreshold: 3,
  lateJoinCutoffSession: 3,
  ...DEFAULT_SIGNPOSTING,
  ...NO_NOTIFY_TEMPLATES,
  ...NO_COURSE_MESSAGES,
  ...DEFAULT_REMINDER_TIMES,
  ...DEFAULT_SESSION_LIMITS,
  temporaryPasswordHours: TEMPORARY_PASSWORD_HOURS.default,
  completionMinSessions: 6,
  version: 4,
};

/** coh-1 (2 places, zoe holds one) with its open vacancy; ann and ben are waiting; coh-2 is
 * another planned course (Tuesdays from 10 Nov) with room. */
export function records() {
  return {
    cohorts: [cohort('coh-1'), cohort('coh-2', { capacity: 12, startDate: '2026-11-10' })],
    sessions: [...sessions('coh-1'), ...sessions('coh-2', 10)],
    participants: [participant('par-ann', '9434765919'), participant('par-ben', '9434765870')],
    enrolments: [enrolment('zoe')],
    referrals: [
      referral('ref-ann'),
      referral('ref-ben', { nhsNumber: '9434765870', referralDate: '2026-09-15' }),
    ],
    vacancies: [vacancy()],
    offers: [] as Offer[],
    contactAttempts: [] as ContactAttempt[],
    staff: [{ id: ADMIN_ID, name: 'Sam Patel' }],
    settings: { ...SETTINGS },
  };
}

/** The refusal a command throws (fails the test when it does not refuse). */
export function refusalOf(run: () => unknown): Refusal {
  try {
    run();
  } catch (e) {
    if (e instanceof Refusal) return e;
    throw e;
  }
  throw new Error('Expected the command to refuse');
}

/** Deeply frozen, so a command that mutated its inputs would throw. */
export function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(frozen);
    Object.freeze(value);
  }
  return value;
}

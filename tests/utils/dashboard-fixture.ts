import { DEFAULT_SIGNPOSTING } from '../../src/domain/eligibility';
import { NO_COURSE_MESSAGES } from '../../src/domain/course-messages';
import { DEFAULT_REMINDER_TIMES } from '../../src/domain/reminders';
import { NO_NOTIFY_TEMPLATES } from '../../src/domain/offer-message';
import { DEFAULT_SESSION_LIMITS } from '../../src/domain/session-limits';
import { TEMPORARY_PASSWORD_HOURS } from '../../src/domain/temporary-passwords';
import { vi } from 'vitest';
import { store, type Db } from '../../mocks/db';
import { SEED_STAFF } from '../../src/demo-seed/seed-data';
import type { Cohort, Session } from '../../src/api/schemas/cohorts';
import type { Enrolment } from '../../src/api/schemas/participants';
import type { Referral } from '../../src/api/schemas/referrals';
import type { AttendanceCode } from '../../src/domain/attendance-codes';
import { addDays } from '../../src/domain/dates';

/** A hand-built data set: every figure the dashboard shows is worked out by hand in
 * tests/features/dashboard and tests/mocks/dashboard-api.test.ts from what is written here.
 * "Today" is pinned so quarters, months and 4-week windows fall on known days. */
export const TODAY = '2026-11-18';

export function pinToday() {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T12:00:00Z`));
}

const at = (date: string) => `${date}T10:00:00.000Z`;
const cohort = (
  id: string,
  name: string,
  startDate: string,
  delivery: Cohort['delivery'],
  capacity: number,
  facilitatorIds: string[],
): Cohort => ({
  id,
  name,
  type: 'course',
  delivery,
  videoLink: delivery === 'online' ? 'https://meet.example.nhs.uk/x' : '',
  venue: delivery === 'online' ? '' : 'Finsbury',
  startDate,
  startTime: '10:00',
  sessionLengthMinutes: 120,
  capacity,
  facilitatorIds,
  status: 'planned',
  cancelReason: null,
  version: 1,
});
const sessionsOf = (c: Cohort, cancelled: number[] = []): Session[] =>
  Array.from({ length: 8 }, (_, i) => ({
    id: `${c.id}_s${i + 1}`,
    cohortId: c.id,
    number: i + 1,
    date: addDays(c.startDate, 7 * i),
    startTime: '10:00',
    topic: `Topic ${i + 1}`,
    status: cancelled.includes(i + 1) ? 'cancelled_by_provider' : 'scheduled',
    registerFinalisedAt: null,
    videoLink: null,
    version: 1,
  }));
const enrol = (
  id: string,
  cohortId: string,
  status: Enrolment['status'],
  joinedOn: string,
  leftOn?: string,
): Enrolment => ({
  id,
  cohortId,
  participantId: `p_${id}`,
  status,
  joinedOn,
  agreementRecordedAt: at(joinedOn),
  history: [
    { status: 'confirmed', at: at(joinedOn), byStaffId: 'stf_sam', note: null },
    ...(leftOn ? [{ status, at: at(leftOn), byStaffId: 'stf_sam', note: null }] : []),
  ],
  version: 1,
});
const referral = (
  id: string,
  participantId: string,
  referralDate: string,
  status: Referral['status'],
): Referral => ({
  id,
  participantId,
  givenName: 'Waiting',
  familyName: id,
  nhsNumber: '9999999999',
  borough: 'Islington',
  gpPractice: 'GP',
  referralDate,
  availability: [{ day: 'mon', time: 'morning' }],
  accessNeeds: '',
  urgent: false,
  notes: '',
  status,
  closure: null,
  version: 1,
});

const NAMES: Record<string, [string, string]> = {
  ada: ['Ada', 'Ash'],
  ben: ['Ben', 'Birch'],
  cara: ['Cara', 'Cole'],
  dev: ['Dev', 'Dunn'],
  eve: ['Eve', 'Ekwueme'],
  fay: ['Fay', 'Fox'],
  gus: ['Gus', 'Gray'],
  hal: ['Hal', 'Hart'],
  ivy: ['Ivy', 'Iles'],
  jon: ['Jon', 'Judd'],
  kim: ['Kim', 'Kerr'],
  lou: ['Lou', 'Lamb'],
  max: ['Max', 'Moss'],
};

/** PHQ-9 and GAD-7 answers at sessions each person attended (totals in the comments):
 * ada case 10/8 to 9/7, recovered, not reliably; ben 14/10 to 12/9, still a case; ivy 12/9 to
 * 5/4, recovered and reliably improved; jon 8/5 (not a case) to 15/10, reliably worse. */
const MEASURES: [string, number, number[], number[]][] = [
  ['ada', 1, [2, 2, 1, 1, 1, 1, 1, 1, 0], [2, 1, 1, 1, 1, 1, 1]], // 10, 8
  ['ada', 5, [2, 1, 1, 1, 1, 1, 1, 1, 0], [1, 1, 1, 1, 1, 1, 1]], // 9, 7
  ['ben', 1, [2, 2, 2, 2, 2, 1, 1, 2, 0], [2, 2, 2, 1, 1, 1, 1]], // 14, 10
  ['ben', 3, [2, 2, 2, 1, 1, 1, 1, 2, 0], [2, 2, 1, 1, 1, 1, 1]], // 12, 9
  ['ivy', 1, [2, 2, 2, 2, 1, 1, 1, 1, 0], [2, 2, 1, 1, 1, 1, 1]], // 12, 9
  ['ivy', 6, [1, 1, 0, 0, 1, 0, 1, 1, 0], [1, 1, 0, 1, 0, 1, 0]], // 5, 4
  ['jon', 1, [1, 1, 1, 1, 1, 1, 1, 1, 0], [1, 1, 1, 1, 1, 0, 0]], // 8, 5
  ['jon', 7, [2, 2, 2, 2, 2, 2, 1, 2, 0], [2, 2, 2, 1, 1, 1, 1]], // 15, 10
];

export function buildDashboardDb(): Db {
  // Alpha: running (session 6 is today, session 4 cancelled by the provider). Bravo: planned. Charlie: completed.
  const alpha = cohort('coh_alpha', 'Alpha – online', '2026-10-14', 'online', 12, [
    'stf_priya',
    'stf_tom',
  ]);
  const bravo = cohort('coh_bravo', 'Bravo – Finsbury', '2026-12-02', 'face_to_face', 10, [
    'stf_daniel',
    'stf_marta',
  ]);
  const charlie = cohort('coh_charlie', 'Charlie – summer', '2026-07-01', 'online', 10, [
    'stf_daniel',
    'stf_marta',
  ]);
  const sessions = [...sessionsOf(alpha, [4]), ...sessionsOf(bravo), ...sessionsOf(charlie)];
  const enrolments = [
    enrol('ada', alpha.id, 'active', '2026-10-01'),
    enrol('ben', alpha.id, 'active', '2026-10-01'),
    enrol('cara', alpha.id, 'active', '2026-10-01'),
    enrol('dev', alpha.id, 'active', '2026-11-04'),
    enrol('eve', alpha.id, 'withdrawn', '2026-10-01', '2026-10-25'),
    enrol('fay', bravo.id, 'confirmed', '2026-11-01'),
    enrol('gus', bravo.id, 'confirmed', '2026-11-16'),
    enrol('hal', bravo.id, 'offered', '2026-11-17'),
    enrol('kim', bravo.id, 'withdrawn', '2026-09-01', '2026-11-10'),
    enrol('lou', bravo.id, 'withdrawn', '2026-09-01', '2026-11-15'),
    enrol('max', bravo.id, 'withdrawn', '2026-09-01', '2026-09-20'),
    enrol('ivy', charlie.id, 'completed', '2026-06-20'),
    enrol('jon', charlie.id, 'completed', '2026-06-20'),
  ];
  // Codes per session number; null = a register row not marked yet.
  const codes: Record<string, Record<number, AttendanceCode | null>> = {
    ada: { 1: 5, 2: 5, 3: 5, 5: 6, 6: null },
    ben: { 1: 5, 2: 2, 3: 5, 5: 3 },
    cara: { 1: 3, 2: 5, 3: 7, 5: 2 },
    dev: { 5: 5 },
    eve: { 1: 5, 2: 5 },
    ivy: { 1: 5, 2: 5, 3: 5, 4: 5, 5: 5, 6: 5, 7: 3, 8: 2 },
    jon: { 1: 5, 2: 2, 3: 5, 4: 3, 5: 5, 6: 3, 7: 6, 8: 3 },
  };
  const attendance = enrolments.flatMap((e) =>
    Object.entries(codes[e.id] ?? {}).map(([n, code]) => ({
      id: `att_${e.id}_${n}`,
      sessionId: `${e.cohortId}_s${n}`,
      enrolmentId: e.id,
      code,
      note: '',
      catchUpSent: false,
      updatedAt: null,
      updatedBy: null,
      version: 1,
    })),
  );
  const referrals = [
    referral('r1', 'p_r1', '2026-11-04', 'waiting'),
    referral('r2', 'p_r2', '2026-10-14', 'waiting'),
    referral('r3', 'p_r3', '2026-09-09', 'waiting'),
    referral('r4', 'p_r4', '2026-09-30', 'offered'),
    referral('r5', 'p_dev', '2026-09-01', 'enrolled'),
    referral('r6', 'p_r6', '2026-08-12', 'closed'),
  ];
  const vacancy = (
    id: string,
    cohortId: string,
    freedBy: string,
    openedOn: string,
    status: 'open' | 'filled',
  ) => ({
    id,
    cohortId,
    freedByEnrolmentId: freedBy,
    openedAt: at(openedOn),
    status,
    closedReason: null,
    version: 1,
  });
  const offer = (
    id: string,
    vacancyId: string,
    referralId: string,
    on: string,
    status: 'open' | 'accepted',
  ) => ({
    id,
    vacancyId,
    referralId,
    createdAt: at(on),
    createdBy: 'stf_sam',
    // The open one is still open whenever the test runs (an offer past its expiry reads as expired).
    expiresAt: status === 'open' ? '2099-01-01T10:00:00.000Z' : at(addDays(on, 2)),
    status,
    decidedAt: status === 'open' ? null : at(on),
    declineReason: null,
    declineNote: '',
    version: 1,
  });
  const auditEvent = (
    id: string,
    on: string,
    action: string,
    entity: string,
    entityId: string,
  ) => ({
    id,
    at: at(on),
    actorId: 'stf_sam',
    actorRole: 'admin' as const,
    action,
    entity,
    entityId,
    before: null,
    after: null,
    requestId: id,
  });
  return {
    seededOn: TODAY,
    staff: structuredClone(SEED_STAFF),
    cohorts: [alpha, bravo, charlie],
    sessions,
    participants: Object.entries(NAMES).map(([key, [givenName, familyName]]) => ({
      id: `p_${key}`,
      givenName,
      familyName,
      nhsNumber: '9434765919',
      dateOfBirth: '1970-01-01',
      borough: 'Islington',
      phone: null,
      email: null,
      contactChannel: 'text',
      remindersConsent: true,
    })),
    enrolments,
    attendance,
    referrals,
    vacancies: [
      vacancy('v1', alpha.id, 'eve', '2026-10-25', 'filled'),
      vacancy('v2', bravo.id, 'kim', '2026-11-10', 'filled'),
      vacancy('v3', bravo.id, 'lou', '2026-11-15', 'open'),
      vacancy('v4', bravo.id, 'max', '2026-09-20', 'filled'),
    ],
    // v1 is filled by an accepted offer after 10 days; v2 only by its audit event (6 days); v4 opened last quarter.
    offers: [
      offer('o1', 'v1', 'r5', '2026-11-04', 'accepted'),
      offer('o2', 'v3', 'r4', '2026-11-16', 'open'),
      offer('o3', 'v4', 'r2', '2026-09-22', 'accepted'),
    ],
    access: [],
    audit: [
      auditEvent('a1', '2026-11-16', 'vacancy.fill', 'vacancy', 'v2'),
      auditEvent('a2', '2026-10-01', 'referral.close', 'referral', 'r6'),
    ],
    flagReviews: [],
    flagContacts: [],
    measures: MEASURES.map(([enrolmentId, number, phq9, gad7]) => {
      const cohortId = enrolments.find((e) => e.id === enrolmentId)!.cohortId;
      return {
        id: `msr_${enrolmentId}_${number}`,
        sessionId: `${cohortId}_s${number}`,
        enrolmentId,
        phq9,
        gad7,
        wsas: null,
        pain: null,
        enteredBy: 'staff' as const,
        enteredById: 'stf_priya',
        updatedAt: at('2026-11-01'),
        version: 1,
      };
    }),
    alerts: [],
    contactAttempts: [],
    settings: {
      absenceThreshold: 2,
      lateJoinCutoffSession: 3,
      ...DEFAULT_SIGNPOSTING,
      ...NO_NOTIFY_TEMPLATES,
      ...NO_COURSE_MESSAGES,
      ...DEFAULT_REMINDER_TIMES,
      ...DEFAULT_SESSION_LIMITS,
      temporaryPasswordHours: TEMPORARY_PASSWORD_HOURS.default,
      completionMinSessions: 6,
      version: 1,
    },
    tokens: {},
    idempotency: {},
    nextId: 1,
  };
}

export function loadDashboardDb() {
  store.load(buildDashboardDb());
}

import type { AttendanceCode } from '../src/domain/attendance-codes';
import { addDays, todayIso, weekdayOf } from '../src/domain/dates';
import { nhsCheckDigit } from '../src/domain/nhs-number';
import { DEFAULT_TOPICS, generateSchedule } from '../src/domain/schedule';
import type { Cohort } from '../src/api/schemas/cohorts';
import type { Enrolment, Participant } from '../src/api/schemas/participants';
import type { Db } from './db';
import { prng } from './prng';
import { COHORT_PLANS, type CohortPlan } from './seed-plans';
import {
  FAMILY_NAMES,
  GIVEN_NAMES,
  GP_PRACTICES,
  SEED_STAFF,
  SERVICE_BOROUGH,
  VENUE,
} from './seed-data';

export interface SeedOptions {
  today?: string;
  participants?: number;
}

export function seedDb(options: SeedOptions = {}): Db {
  const today = options.today ?? todayIso();
  const rand = prng(20261123);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const db: Db = {
    seededOn: today,
    staff: structuredClone(SEED_STAFF),
    cohorts: [],
    sessions: [],
    participants: [],
    enrolments: [],
    attendance: [],
    referrals: [],
    vacancies: [],
    offers: [],
    audit: [],
    flagReviews: [],
    flagContacts: [],
    settings: {
      absenceThreshold: 2,
      lateJoinCutoffSession: 3,
      completionMinSessions: 6,
      version: 1,
    },
    tokens: {},
    idempotency: {},
    nextId: 1,
  };
  const id = (prefix: string) => `${prefix}_${(db.nextId++).toString(36).padStart(4, '0')}`;
  const stamp = (date: string, time = '09:00') => `${date}T${time}:00.000Z`;

  const participantCount = options.participants ?? 150;
  const usedNhs = new Set<string>();
  while (db.participants.length < participantCount) {
    // 999 numbers are reserved by NHS England for test data: never a real patient.
    const first9 = `999${Math.floor(rand() * 1e6)
      .toString()
      .padStart(6, '0')}`;
    const check = nhsCheckDigit(first9);
    if (check === null || usedNhs.has(first9 + check)) continue;
    usedNhs.add(first9 + check);
    const n = db.participants.length;
    const given = GIVEN_NAMES[n % GIVEN_NAMES.length] as string;
    const family = FAMILY_NAMES[
      (n * 7 + Math.floor(n / GIVEN_NAMES.length)) % FAMILY_NAMES.length
    ] as string;
    const participant: Participant = {
      id: id('ptc'),
      givenName: given,
      familyName: family,
      nhsNumber: first9 + check,
      dateOfBirth: addDays('1950-01-01', Math.floor(rand() * 365 * 50)),
      borough: SERVICE_BOROUGH,
      phone: `07700 9${Math.floor(rand() * 1e5)
        .toString()
        .padStart(5, '0')}`,
      email:
        rand() < 0.6
          ? `${given}.${family}`.toLowerCase().replace(/[^a-z.]/g, '') + '@example.com'
          : null,
    };
    db.participants.push(participant);
  }

  let nextParticipant = 0;
  for (const plan of COHORT_PLANS) {
    const cohort = buildCohort(plan, today, id('coh'));
    db.cohorts.push(cohort);
    const schedule = generateSchedule({
      type: plan.type,
      startDate: cohort.startDate,
      topics: DEFAULT_TOPICS,
      workshopTopic: 'Planning for flare-ups',
    });
    const sessions = schedule.map((s) => ({
      id: id('ses'),
      cohortId: cohort.id,
      number: s.number,
      date: s.date,
      startTime: cohort.startTime,
      topic: s.topic,
      status: 'scheduled' as const,
      registerFinalisedAt: null as string | null,
      version: 1,
    }));
    db.sessions.push(...sessions);
    const first = sessions[0]?.date ?? cohort.startDate;
    const last = sessions[sessions.length - 1]?.date ?? cohort.startDate;
    if (cohort.status !== 'cancelled') {
      cohort.status = last < today ? 'completed' : first <= today ? 'running' : 'planned';
    }

    const enrolments: Enrolment[] = [];
    for (let i = 0; i < plan.enrol && nextParticipant < db.participants.length; i += 1) {
      const participant = db.participants[nextParticipant++] as Participant;
      const status =
        cohort.status === 'completed'
          ? 'completed'
          : cohort.status === 'running'
            ? 'active'
            : i % 6 === 5
              ? 'offered'
              : 'confirmed';
      const agreed = status !== 'offered' && !(cohort.status === 'planned' && i % 4 === 3);
      const joinedOn = addDays(cohort.startDate, -14);
      enrolments.push({
        id: id('enr'),
        cohortId: cohort.id,
        participantId: participant.id,
        status,
        joinedOn,
        agreementRecordedAt: agreed ? stamp(joinedOn, '10:30') : null,
        history: [
          { status: 'confirmed', at: stamp(joinedOn, '10:30'), byStaffId: 'stf_sam', note: null },
        ],
        version: 1,
      });
    }
    db.enrolments.push(...enrolments);

    if (cohort.status === 'cancelled') continue;
    const held = sessions.filter((s) => s.date < today);
    held.forEach((session, index) => {
      const isLatest = index === held.length - 1;
      if (isLatest && plan.latestRegister === 'unmarked') return;
      enrolments.forEach((enrolment, row) => {
        if (isLatest && plan.latestRegister === 'partial' && row % 2 === 1) return;
        const code = plannedCode(plan, row, session.number, rand);
        db.attendance.push({
          id: id('att'),
          sessionId: session.id,
          enrolmentId: enrolment.id,
          code,
          note:
            code === 2
              ? pick(['Hospital appointment', 'Childcare', 'Flare-up, emailed ahead'])
              : '',
          catchUpSent: code === 2 || code === 3 ? rand() < 0.6 : false,
          updatedAt: stamp(session.date, '12:00'),
          updatedBy: cohort.facilitatorIds[0] ?? null,
          version: 1,
        });
      });
      if (!isLatest || plan.latestRegister === 'finalised')
        session.registerFinalisedAt = stamp(session.date, '12:05');
    });
  }

  db.participants.slice(nextParticipant).forEach((p, i) => {
    db.referrals.push({
      id: id('ref'),
      participantId: p.id,
      givenName: p.givenName,
      familyName: p.familyName,
      nhsNumber: p.nhsNumber,
      borough: p.borough,
      gpPractice: pick(GP_PRACTICES),
      referralDate: addDays(today, -7 - Math.floor(rand() * 120)),
      availability: {
        days: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).filter(() => rand() < 0.6),
        times: (['morning', 'afternoon', 'evening'] as const).filter(() => rand() < 0.6),
      },
      accessNeeds: i % 5 === 0 ? 'Needs step-free access' : '',
      urgent: i % 9 === 0,
      notes: '',
      status: 'waiting',
      version: 1,
    });
  });
  return db;

  function buildCohort(plan: CohortPlan, t: string, cohortId: string): Cohort {
    return {
      id: cohortId,
      name: plan.name,
      type: plan.type,
      delivery: plan.delivery,
      videoLink: plan.delivery === 'online' ? `https://meet.example.nhs.uk/pain-${cohortId}` : '',
      venue: plan.delivery === 'face_to_face' ? VENUE : '',
      startDate: startDateFor(plan, t),
      startTime: plan.startTime,
      sessionLengthMinutes: plan.type === 'workshop' ? 180 : 120,
      capacity: plan.capacity,
      facilitatorIds: plan.facilitatorIds,
      status: plan.cancelReason ? 'cancelled' : 'planned',
      cancelReason: plan.cancelReason ?? null,
      version: 1,
    };
  }
}

function startDateFor(plan: CohortPlan, today: string): string {
  const date = addDays(today, plan.startOffsetDays);
  if (plan.sessionToday) return date;
  const weekday = weekdayOf(date);
  return weekday === 6 ? addDays(date, -1) : weekday === 0 ? addDays(date, 1) : date;
}

/** Realistic attendance: most attend, a few patterns make people at risk or in breach. */
function plannedCode(
  plan: CohortPlan,
  row: number,
  sessionNumber: number,
  rand: () => number,
): AttendanceCode {
  const scripted = plan.scriptedAbsences?.[row];
  if (scripted) return scripted.includes(sessionNumber) ? (sessionNumber % 2 ? 3 : 2) : 5;
  const r = rand();
  if (r < 0.78) return 5;
  if (r < 0.86) return 6;
  if (r < 0.88) return 7;
  if (r < 0.94) return 2;
  return 3;
}

import type { Cohort, Session } from '../api/schemas/cohorts';
import type { Enrolment, Participant } from '../api/schemas/participants';
import { addDays, weekdayOf } from '../domain/dates';
import { DEFAULT_TOPICS, generateSchedule } from '../domain/schedule';
import { seedAttendance } from './seed-attendance';
import { stamp, type SeedContext } from './seed-context';
import { VENUE } from './seed-data';
import { COHORT_PLANS, type CohortPlan } from './seed-plans';

/** The planned cohorts with their sessions, people placed in them in turn, and registers so
 * far. Returns how many participants were placed (the rest wait on the list). */
export function seedCohorts(s: SeedContext): number {
  const { db, today, id } = s;
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
    const sessions: Session[] = schedule.map((x) => ({
      id: id('ses'),
      cohortId: cohort.id,
      number: x.number,
      date: x.date,
      startTime: cohort.startTime,
      topic: x.topic,
      status: 'scheduled' as const,
      registerFinalisedAt: null as string | null,
      videoLink: null,
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
      enrolments.push(enrolmentFor(s, cohort, participant, i));
    }
    db.enrolments.push(...enrolments);

    if (cohort.status === 'cancelled') continue;
    seedAttendance(s, plan, cohort, sessions, enrolments);
  }
  return nextParticipant;
}

/** The i-th place of a cohort: its status follows the cohort's; a few have no agreement yet. */
function enrolmentFor(
  { id }: SeedContext,
  cohort: Cohort,
  participant: Participant,
  i: number,
): Enrolment {
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
  return {
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
  };
}

function buildCohort(plan: CohortPlan, today: string, cohortId: string): Cohort {
  return {
    id: cohortId,
    name: plan.name,
    type: plan.type,
    delivery: plan.delivery,
    videoLink: plan.delivery === 'online' ? `https://meet.example.nhs.uk/pain-${cohortId}` : '',
    venue: plan.delivery === 'face_to_face' ? VENUE : '',
    startDate: startDateFor(plan, today),
    startTime: plan.startTime,
    sessionLengthMinutes: plan.type === 'workshop' ? 180 : 120,
    capacity: plan.capacity,
    facilitatorIds: plan.facilitatorIds,
    status: plan.cancelReason ? 'cancelled' : 'planned',
    cancelReason: plan.cancelReason ?? null,
    version: 1,
  };
}

function startDateFor(plan: CohortPlan, today: string): string {
  const date = addDays(today, plan.startOffsetDays);
  if (plan.sessionToday) return date;
  const weekday = weekdayOf(date);
  return weekday === 6 ? addDays(date, -1) : weekday === 0 ? addDays(date, 1) : date;
}

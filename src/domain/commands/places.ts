import type { Cohort, Session } from '../../api/schemas/cohorts';
import type { Enrolment, Participant } from '../../api/schemas/participants';
import type { Referral, Vacancy } from '../../api/schemas/referrals';
import type { ServiceSettings } from '../../api/schemas/settings';
import { holdsPlace } from '../enrolment';
import { lifecycleStatus, type LifecycleStatus } from '../lifecycle';
import { vacancyWindow } from '../vacancy';
import type { Actor, ChangeSet, CommandContext } from './command';
import { refuse } from './command';

// Rules about places in cohorts, shared by enrolment, transfer, withdrawal, flags and offers.

export interface PlaceRecords {
  cohorts: readonly Cohort[];
  sessions: readonly Session[];
  enrolments: readonly Enrolment[];
  participants: readonly Participant[];
  settings: ServiceSettings;
}

export function found<T>(record: T | undefined, what: string): T {
  return record ?? refuse('not_found', `${what} was not found.`);
}

/** 'own' scope: a facilitator acts only on the cohorts they facilitate. */
export function expectInScope(actor: Actor, cohort: Cohort): void {
  if (actor.scope === 'own' && !cohort.facilitatorIds.includes(actor.id)) {
    refuse('forbidden', 'You do not facilitate this cohort.');
  }
}

export function placesFilled(enrolments: readonly Enrolment[], cohortId: string): number {
  return enrolments.filter((e) => e.cohortId === cohortId && holdsPlace(e.status)).length;
}

export function cohortStatus(
  cohort: Cohort,
  sessions: readonly Session[],
  today: string,
): LifecycleStatus {
  const dates = sessions
    .filter((s) => s.cohortId === cohort.id && s.status === 'scheduled')
    .map((s) => s.date);
  return lifecycleStatus(cohort.status, dates, today);
}

/** The place someone holds in a planned or running cohort (or in `cohortId` itself), if any. */
export function currentPlace(
  r: Pick<PlaceRecords, 'cohorts' | 'sessions' | 'enrolments'>,
  participantId: string,
  today: string,
  cohortId?: string,
): Enrolment | undefined {
  return r.enrolments.find((e) => {
    if (e.participantId !== participantId || !holdsPlace(e.status)) return false;
    if (e.cohortId === cohortId) return true;
    const other = r.cohorts.find((c) => c.id === e.cohortId);
    const status = other ? cohortStatus(other, r.sessions, today) : 'completed';
    return status === 'running' || status === 'planned';
  });
}

/** DOMAIN.md: refuse enrolment past capacity, into a closed cohort, or of someone placed elsewhere. */
export function expectPlaceFor(
  r: Pick<PlaceRecords, 'cohorts' | 'sessions' | 'enrolments'>,
  cohort: Cohort,
  person: { participantId: string; name: string },
  today: string,
): void {
  const status = cohortStatus(cohort, r.sessions, today);
  if (status === 'completed' || status === 'cancelled') {
    refuse('invalid_state', `This cohort is ${status}; no one can join it.`);
  }
  if (placesFilled(r.enrolments, cohort.id) >= cohort.capacity) {
    refuse(
      'cohort_full',
      `${cohort.name} is full (${cohort.capacity} of ${cohort.capacity} places).`,
    );
  }
  const elsewhere = currentPlace(r, person.participantId, today, cohort.id);
  if (elsewhere) {
    const other = r.cohorts.find((c) => c.id === elsewhere.cohortId);
    refuse(
      'already_enrolled',
      `${person.name} already has a place in ${other?.name ?? 'another cohort'}.`,
    );
  }
}

export function newEnrolment(
  ctx: CommandContext,
  cohort: Cohort,
  participantId: string,
  options: { agreementRecordedAt: string | null; note: string | null; joinedOn?: string },
): Enrolment {
  return {
    id: ctx.newId('enr'),
    cohortId: cohort.id,
    participantId,
    status: 'confirmed',
    joinedOn: options.joinedOn ?? ctx.today,
    agreementRecordedAt: options.agreementRecordedAt,
    history: [{ status: 'confirmed', at: ctx.now, byStaffId: ctx.actor.id, note: options.note }],
    version: 1,
  };
}

/** Someone on the waiting list who now has a place is no longer waiting. */
export function takeOffWaitingList(
  referrals: readonly Referral[],
  participantId: string,
  cs: ChangeSet,
): void {
  referrals
    .filter((r) => r.participantId === participantId && r.status === 'waiting')
    .forEach((r) => cs.put('referrals', { ...r, status: 'enrolled', version: r.version + 1 }));
}

export type LeavingStatus = 'withdrawn' | 'transferred' | 'removed_after_absences';

/** A place ends: only a place still held (and not completed) can be left. */
export function leave(
  enrolment: Enrolment,
  status: LeavingStatus,
  ctx: CommandContext,
  note: string,
  at = ctx.now,
): Enrolment {
  if (!holdsPlace(enrolment.status) || enrolment.status === 'completed') {
    refuse('invalid_state', `This enrolment is ${enrolment.status}; it cannot be changed.`);
  }
  return {
    ...enrolment,
    status,
    history: [...enrolment.history, { status, at, byStaffId: ctx.actor.id, note }],
    version: enrolment.version + 1,
  };
}

/** DOMAIN.md "vacancy": a freed place opens a vacancy while late joining is still useful, and
 * is recorded as closed, with why, after the cut-off. */
export function freePlace(
  r: Pick<PlaceRecords, 'sessions' | 'settings'>,
  cohort: Cohort,
  enrolment: Enrolment,
  ctx: CommandContext,
  cs: ChangeSet,
): Vacancy {
  const window = vacancyWindow({
    type: cohort.type,
    sessions: r.sessions.filter((s) => s.cohortId === cohort.id && s.status === 'scheduled'),
    cutoffSession: r.settings.lateJoinCutoffSession,
    today: ctx.today,
  });
  const vacancy: Vacancy = {
    id: ctx.newId('vac'),
    cohortId: cohort.id,
    freedByEnrolmentId: enrolment.id,
    openedAt: ctx.now,
    status: window.open ? 'open' : 'closed',
    closedReason: window.closedReason,
    version: 1,
  };
  cs.put('vacancies', vacancy);
  cs.audit(window.open ? 'vacancy.open' : 'vacancy.closed', 'vacancy', vacancy.id, null, vacancy);
  return vacancy;
}

export function personName(participants: readonly Participant[], participantId: string): string {
  const p = participants.find((x) => x.id === participantId);
  return p ? `${p.givenName} ${p.familyName}` : 'This person';
}

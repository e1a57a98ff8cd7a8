import type { Cohort, Session } from '../../api/schemas/cohorts';
import type { Enrolment, Participant } from '../../api/schemas/participants';
import type { ServiceSettings } from '../../api/schemas/settings';
import { holdsPlace } from '../enrolment';
import { lifecycleStatus, type LifecycleStatus } from '../lifecycle';
import { fullName } from '../names';
import { found, refuse, type Actor, type CommandContext } from './command';

// Rules about places in cohorts, shared by enrolment, transfer, withdrawal, flags and offers.

export interface PlaceRecords {
  cohorts: readonly Cohort[];
  sessions: readonly Session[];
  enrolments: readonly Enrolment[];
  participants: readonly Participant[];
  settings: ServiceSettings;
}

/** 'own' scope: a facilitator acts only on the cohorts they facilitate. */
export function expectInScope(actor: Actor, cohort: Cohort): void {
  if (actor.scope === 'own' && !cohort.facilitatorIds.includes(actor.id)) {
    refuse('forbidden', 'You do not facilitate this cohort.');
  }
}

export function cohortById(cohorts: readonly Cohort[], cohortId: string): Cohort {
  return found(
    cohorts.find((c) => c.id === cohortId),
    'That cohort',
  );
}

/** The cohort, refused outside the actor's scope. */
export function cohortInScope(
  r: Pick<PlaceRecords, 'cohorts'>,
  cohortId: string,
  ctx: Pick<CommandContext, 'actor'>,
): Cohort {
  const cohort = cohortById(r.cohorts, cohortId);
  expectInScope(ctx.actor, cohort);
  return cohort;
}

export function placesFilled(enrolments: readonly Enrolment[], cohortId: string): number {
  return enrolments.filter((e) => e.cohortId === cohortId && holdsPlace(e.status)).length;
}

export function cohortStatus(
  cohort: Cohort,
  sessions: readonly Session[],
  today: string,
): LifecycleStatus {
  const scheduled = sessions.filter((s) => s.cohortId === cohort.id && s.status === 'scheduled');
  // A calendar day is enough here: commands ask only whether a cohort has ended or was cancelled.
  return lifecycleStatus(cohort.status, scheduled, today);
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

/** docs/domain.md: refuse enrolment past capacity, into a closed cohort, or of someone placed elsewhere. */
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

export function personName(participants: readonly Participant[], participantId: string): string {
  const p = participants.find((x) => x.id === participantId);
  return p ? fullName(p) : 'This person';
}

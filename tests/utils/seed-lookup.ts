import { store } from '../../mocks/db';
import { todayIso } from '../../src/domain/dates';

export function cohortByName(name: string) {
  const cohort = store.data.cohorts.find((c) => c.name === name);
  if (!cohort) throw new Error(`no cohort ${name}`);
  return cohort;
}

export function todaysSession(cohortName: string) {
  const cohort = cohortByName(cohortName);
  const session = store.data.sessions.find(
    (s) => s.cohortId === cohort.id && s.date === todayIso(),
  );
  if (!session) throw new Error(`no session today for ${cohortName}`);
  return session;
}

/** Enrolments in seed order (the seed scripts absences by this order), with names. */
export function enrolmentsOf(cohortName: string) {
  const cohort = cohortByName(cohortName);
  return store.data.enrolments
    .filter((e) => e.cohortId === cohort.id)
    .map((e) => {
      const p = store.data.participants.find((x) => x.id === e.participantId);
      return { enrolment: e, name: `${p?.givenName} ${p?.familyName}` };
    });
}

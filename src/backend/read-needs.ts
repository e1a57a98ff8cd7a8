import type { Snapshot } from './snapshot';

/** Which of the unbounded records a read needs besides the ones every read gets.
 *
 * Every read gets the bounded records whole (staff, cohorts and their sessions, places,
 * marks, vacancies, offers, flags, settings) and, of the waiting list, only the people in a
 * cohort and the referrals they or an offer point to, with those referrals' contact attempts. A waiting list of 100,000 is read whole
 * only where a view is about all of it (`everyone`); the rest name the ids they act on. */
export interface ReadNeeds {
  /** Every referral and every person: the dashboard, a vacancy's suggested candidates. */
  everyone?: boolean;
  /** Referrals by id (with their people). */
  referralIds?: readonly (string | undefined)[];
  /** People by id (with their referrals). */
  participantIds?: readonly (string | undefined)[];
  /** People and referrals by NHS number. */
  nhsNumbers?: readonly (string | undefined)[];
  /** The audit entries about referrals and vacancies (the dashboard's waiting and refill times). */
  listHistory?: boolean;
}

function idSet(values: readonly (string | undefined)[] | undefined): Set<string> {
  return new Set((values ?? []).filter((v): v is string => typeof v === 'string'));
}

/** The records a read with these needs sees, chosen from all of them. This is the definition
 * the mock reads by; the server's SQL (src/server/db/records.ts) chooses the same rows, which
 * tests/server/read-needs.test.ts checks. */
export function selectRecords(all: Snapshot, needs: ReadNeeds = {}): Snapshot {
  const audit = needs.listHistory
    ? all.audit.filter((e) => e.entity === 'referral' || e.entity === 'vacancy')
    : [];
  if (needs.everyone) return { ...all, audit };
  const nhs = idSet(needs.nhsNumbers);
  const people = idSet(needs.participantIds);
  all.enrolments.forEach((e) => people.add(e.participantId));
  const offered = idSet(needs.referralIds);
  all.offers.forEach((o) => offered.add(o.referralId));
  const referrals = all.referrals.filter(
    (r) => offered.has(r.id) || people.has(r.participantId) || nhs.has(r.nhsNumber),
  );
  referrals.forEach((r) => people.add(r.participantId));
  const participants = all.participants.filter((p) => people.has(p.id) || nhs.has(p.nhsNumber));
  // The contact log grows with the list: only the attempts of the referrals read come along.
  const read = new Set(referrals.map((r) => r.id));
  const contactAttempts = all.contactAttempts.filter((c) => read.has(c.referralId));
  return { ...all, referrals, participants, contactAttempts, audit };
}

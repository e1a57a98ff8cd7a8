import { demoSeed, type SeedOptions } from '../src/demo-seed/demo-seed';
import type { Db } from './db';

export type { SeedOptions };

/** The mock's store as the demo seed fills it (src/demo-seed, shared with the server): the
 * seeded records plus what only the mock keeps (its audit list, tokens, idempotency answers). */
export function seedDb(options: SeedOptions = {}): Db {
  const seed = demoSeed(options);
  return {
    seededOn: seed.seededOn,
    staff: seed.staff,
    cohorts: seed.cohorts,
    sessions: seed.sessions,
    participants: seed.participants,
    enrolments: seed.enrolments,
    attendance: seed.attendance,
    referrals: seed.referrals,
    vacancies: seed.vacancies,
    offers: seed.offers,
    audit: [],
    access: [],
    flagReviews: seed.flagReviews,
    flagContacts: seed.flagContacts,
    contactAttempts: seed.contactAttempts,
    measures: seed.measures,
    alerts: seed.alerts,
    settings: seed.settings,
    tokens: {},
    idempotency: {},
    nextId: seed.nextId,
  };
}

import { todayIso } from '../src/domain/dates';
import type { Db } from './db';
import { seedContext } from './seed-context';
import { seedCohorts } from './seed-cohorts';
import { SEED_STAFF } from './seed-data';
import { seedParticipants, seedReferrals } from './seed-people';

export interface SeedOptions {
  today?: string;
  participants?: number;
}

/** The demo's data, the same for the same day: staff, people, cohorts with their registers so
 * far, and everyone not placed waiting on the list. */
export function seedDb(options: SeedOptions = {}): Db {
  const today = options.today ?? todayIso();
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
  const s = seedContext(db, today);
  seedParticipants(s, options.participants ?? 150);
  const placed = seedCohorts(s);
  seedReferrals(s, db.participants.slice(placed));
  return db;
}

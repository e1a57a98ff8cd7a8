import { DEFAULT_SIGNPOSTING } from '../domain/eligibility';
import { NO_COURSE_MESSAGES } from '../domain/course-messages';
import { NO_NOTIFY_TEMPLATES } from '../domain/offer-message';
import { DEFAULT_REMINDER_TIMES } from '../domain/reminders';
import { DEFAULT_SESSION_LIMITS } from '../domain/session-limits';
import { TEMPORARY_PASSWORD_HOURS } from '../domain/temporary-passwords';
import type { StaffAccount } from '../api/schemas/staff-accounts';
import type { Snapshot } from '../backend/snapshot';
import { todayIso } from '../domain/dates';
import { seedContext } from './seed-context';
import { seedCohorts } from './seed-cohorts';
import { SEED_STAFF } from './seed-data';
import { seedParticipants, seedReferrals } from './seed-people';

// The deterministic demo, as plain records: the mock loads it into its in-memory store
// (mocks/seed.ts) and the server inserts it into its tables (src/server/db/seed-demo.ts).
// Browser code reaches it only through the guarded mock import (.ci/check-imports.mjs).

/** A demo account: a staff member and the password they sign in with (the mock compares it;
 * the server stores only its hash). */
export interface DemoStaff extends StaffAccount {
  password: string;
}

export interface DemoSeed extends Snapshot {
  /** The day the demo is placed around: the same day always gives the same data. */
  seededOn: string;
  staff: DemoStaff[];
  /** The number the next id would take (`<prefix>_<base 36>`), so ids made later follow on. */
  nextId: number;
}

export interface SeedOptions {
  today?: string;
  participants?: number;
}

/** The demo's data, the same for the same day: staff, people, cohorts with their registers so
 * far, and everyone not placed waiting on the list. */
export function demoSeed(options: SeedOptions = {}): DemoSeed {
  const today = options.today ?? todayIso();
  const seed: DemoSeed = {
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
    flagReviews: [],
    flagContacts: [],
    measures: [],
    alerts: [],
    contactAttempts: [],
    settings: {
      absenceThreshold: 2,
      lateJoinCutoffSession: 3,
      completionMinSessions: 6,
      ...DEFAULT_SIGNPOSTING,
      ...NO_NOTIFY_TEMPLATES,
      ...NO_COURSE_MESSAGES,
      ...DEFAULT_REMINDER_TIMES,
      ...DEFAULT_SESSION_LIMITS,
      temporaryPasswordHours: TEMPORARY_PASSWORD_HOURS.default,
      version: 1,
    },
    // The demo starts with an empty trail: entries are only ever appended by what staff do.
    audit: [],
    nextId: 1,
  };
  const s = seedContext(seed, today);
  seedParticipants(s, options.participants ?? 150);
  const placed = seedCohorts(s);
  seedReferrals(s, seed.participants.slice(placed));
  return seed;
}

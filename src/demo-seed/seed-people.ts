import type { Participant } from '../api/schemas/participants';
import type { Referral } from '../api/schemas/referrals';
import {
  DAYS_OF_WEEK,
  normaliseSlots,
  PARTS_OF_DAY,
  slotsFromDaysAndTimes,
  type Slot,
} from '../domain/availability';
import { addDays } from '../domain/dates';
import { nhsCheckDigit } from '../domain/nhs-number';
import type { SeedContext } from './seed-context';
import { FAMILY_NAMES, GIVEN_NAMES, GP_PRACTICES, SERVICE_BOROUGH } from './seed-data';

/** People with valid test NHS numbers, names, dates of birth and contact details. */
export function seedParticipants({ db, rand, id }: SeedContext, count: number): void {
  const usedNhs = new Set<string>();
  while (db.participants.length < count) {
    // 999 numbers are reserved by NHS England for test data: never a real patient.
    const first9 = `999${Math.floor(rand() * 1e6)
      .toString()
      .padStart(6, '0')}`;
    const nhsNumber = claimNhsNumber(first9, usedNhs);
    if (!nhsNumber) continue;
    const n = db.participants.length;
    const given = GIVEN_NAMES[n % GIVEN_NAMES.length] as string;
    const family = FAMILY_NAMES[
      (n * 7 + Math.floor(n / GIVEN_NAMES.length)) % FAMILY_NAMES.length
    ] as string;
    const participant: Participant = {
      id: id('ptc'),
      givenName: given,
      familyName: family,
      nhsNumber,
      dateOfBirth: addDays('1950-01-01', Math.floor(rand() * 365 * 50)),
      borough: SERVICE_BOROUGH,
      phone: testPhone(rand),
      email:
        rand() < 0.6
          ? `${given}.${family}`.toLowerCase().replace(/[^a-z.]/g, '') + '@example.com'
          : null,
      contactChannel: 'text',
      remindersConsent: true,
    };
    db.participants.push(participant);
  }
}

/** Everyone not placed in a cohort waits on the list, referred in the last four months. */
export function seedReferrals(
  { db, today, rand, pick, id }: SeedContext,
  waiting: readonly Participant[],
): void {
  waiting.forEach((p, i) => {
    db.referrals.push(
      waitingReferral(id('ref'), p, {
        gpPractice: pick(GP_PRACTICES),
        referralDate: addDays(today, -7 - Math.floor(rand() * 120)),
        availability: seedAvailability(rand, i),
        accessNeeds: i % 5 === 0 ? 'Needs step-free access' : '',
        urgent: i % 9 === 0,
      }),
    );
  });
}

/** A seeded person's slots: the weekdays and times they are free (the same draws as before
 * slots, so the rest of the seed is unchanged), and weekend slots for some, so Saturday and
 * Sunday cohorts have people to suggest. Never empty. */
export function seedAvailability(rand: () => number, i: number): Slot[] {
  const days = DAYS_OF_WEEK.slice(0, 5).filter(() => rand() < 0.6);
  const times = PARTS_OF_DAY.filter(() => rand() < 0.6);
  const weekend: Slot[] = [
    ...(i % 3 === 1
      ? [{ day: 'sat', time: 'morning' } as const, { day: 'sat', time: 'afternoon' } as const]
      : []),
    ...(i % 7 === 4 ? [{ day: 'sat', time: 'evening' } as const] : []),
    ...(i % 5 === 2 ? [{ day: 'sun', time: 'morning' } as const] : []),
  ];
  const slots = normaliseSlots([...slotsFromDaysAndTimes({ days, times }), ...weekend]);
  return slots.length ? slots : [{ day: 'mon', time: 'morning' }];
}

/** A made-up mobile number for a seeded person (07700 9 and five random digits). */
export function testPhone(rand: () => number): string {
  return `07700 9${Math.floor(rand() * 1e5)
    .toString()
    .padStart(5, '0')}`;
}

/** A test NHS number from its first nine digits, or null when it has no valid check digit or
 * is already taken (then it is taken now). */
export function claimNhsNumber(first9: string, used: Set<string>): string | null {
  const check = nhsCheckDigit(first9);
  if (check === null || used.has(first9 + check)) return null;
  used.add(first9 + check);
  return first9 + check;
}

/** A participant's referral, waiting, with the details the referrer gave. */
export function waitingReferral(
  id: string,
  participant: Participant,
  details: Pick<
    Referral,
    'gpPractice' | 'referralDate' | 'availability' | 'accessNeeds' | 'urgent'
  >,
): Referral {
  return {
    id,
    participantId: participant.id,
    givenName: participant.givenName,
    familyName: participant.familyName,
    nhsNumber: participant.nhsNumber,
    borough: participant.borough,
    ...details,
    notes: '',
    status: 'waiting',
    closure: null,
    version: 1,
  };
}

import type { Participant } from '../api/schemas/participants';
import type { Referral } from '../api/schemas/referrals';
import { normaliseSlots, slotsFromDaysAndTimes } from '../domain/availability';
import { addDays } from '../domain/dates';
import { SERVICE_BOROUGH } from '../domain/eligibility';
import { prng } from './prng';
import { FAMILY_NAMES, GIVEN_NAMES, GP_PRACTICES } from './seed-data';
import { claimNhsNumber, testPhone, waitingReferral } from './seed-people';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const TIMES = ['morning', 'afternoon', 'evening'] as const;

export interface GeneratedReferrals {
  participants: Participant[];
  referrals: Referral[];
}

/** Demo and benchmark only: `count` new waiting people (999 test NHS numbers, never a real
 * patient) so the waiting list can be tried at the size of a busy service (10,000).
 * Numbers already `used` are skipped; ids follow the numbers, so a second call never repeats
 * one made by the first. */
export function generateReferrals(
  used: Iterable<string>,
  count: number,
  today: string,
): GeneratedReferrals {
  const rand = prng(0x5eed + count);
  const taken = new Set(used);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const made: GeneratedReferrals = { participants: [], referrals: [] };
  let serial = 100_000;
  while (made.referrals.length < count) {
    const first9 = `999${(serial++ % 1_000_000).toString().padStart(6, '0')}`;
    const nhsNumber = claimNhsNumber(first9, taken);
    if (!nhsNumber) continue;
    const given = pick(GIVEN_NAMES);
    const family = pick(FAMILY_NAMES);
    const participant: Participant = {
      id: `ptc_g${serial.toString(36)}`,
      givenName: given,
      familyName: family,
      nhsNumber,
      dateOfBirth: addDays('1945-01-01', Math.floor(rand() * 365 * 60)),
      borough: SERVICE_BOROUGH,
      phone: testPhone(rand),
      email: null,
      contactChannel: 'text',
      remindersConsent: true,
    };
    const days = DAYS.filter(() => rand() < 0.5);
    const times = TIMES.filter(() => rand() < 0.5);
    // Some are free on a Saturday morning, as weekend cohorts need.
    const saturday = serial % 4 === 0 ? [{ day: 'sat', time: 'morning' } as const] : [];
    const referral = waitingReferral(`ref_g${serial.toString(36)}`, participant, {
      gpPractice: pick(GP_PRACTICES),
      referralDate: addDays(today, -Math.floor(rand() * 365)),
      availability: normaliseSlots([
        ...slotsFromDaysAndTimes({
          days: days.length ? days : [pick(DAYS)],
          times: times.length ? times : [pick(TIMES)],
        }),
        ...saturday,
      ]),
      accessNeeds: rand() < 0.15 ? 'Needs step-free access' : '',
      urgent: rand() < 0.08,
    });
    made.participants.push(participant);
    made.referrals.push(referral);
  }
  return made;
}

/** Adds generated waiting people to records held in memory (the mock's store); answers how
 * many now wait. */
export function addGeneratedReferrals(
  records: Pick<GeneratedReferrals, 'participants' | 'referrals'>,
  count: number,
  today: string,
): number {
  const made = generateReferrals(
    records.participants.map((p) => p.nhsNumber),
    count,
    today,
  );
  // One at a time: spreading 100,000 arguments into push() can overflow the stack.
  made.participants.forEach((p) => records.participants.push(p));
  made.referrals.forEach((r) => records.referrals.push(r));
  return records.referrals.filter((r) => r.status === 'waiting').length;
}

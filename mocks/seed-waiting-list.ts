import type { Participant } from '../src/api/schemas/participants';
import { addDays } from '../src/domain/dates';
import { SERVICE_BOROUGH } from '../src/domain/eligibility';
import type { Db } from './db';
import { prng } from './prng';
import { FAMILY_NAMES, GIVEN_NAMES, GP_PRACTICES } from './seed-data';
import { claimNhsNumber, testPhone, waitingReferral } from './seed-people';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const TIMES = ['morning', 'afternoon', 'evening'] as const;

/** Demo and benchmark only: adds `count` waiting people (999 test NHS numbers, never a real
 * patient) so the waiting list can be tried at the size of a busy service (issue 6: 10,000). */
export function addGeneratedReferrals(db: Db, count: number, today: string): number {
  const rand = prng(0x5eed + count);
  const used = new Set(db.participants.map((p) => p.nhsNumber));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  let serial = 100_000;
  for (let added = 0; added < count;) {
    const first9 = `999${(serial++ % 1_000_000).toString().padStart(6, '0')}`;
    const nhsNumber = claimNhsNumber(first9, used);
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
    };
    const days = DAYS.filter(() => rand() < 0.5);
    const times = TIMES.filter(() => rand() < 0.5);
    const referral = waitingReferral(`ref_g${serial.toString(36)}`, participant, {
      gpPractice: pick(GP_PRACTICES),
      referralDate: addDays(today, -Math.floor(rand() * 365)),
      availability: {
        days: days.length ? days : [pick(DAYS)],
        times: times.length ? times : [pick(TIMES)],
      },
      accessNeeds: rand() < 0.15 ? 'Needs step-free access' : '',
      urgent: rand() < 0.08,
    });
    db.participants.push(participant);
    db.referrals.push(referral);
    added += 1;
  }
  return db.referrals.filter((r) => r.status === 'waiting').length;
}

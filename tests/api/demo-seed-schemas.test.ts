import { describe, expect, it } from 'vitest';
import { cohortSchema, sessionSchema } from '../../src/api/schemas/cohorts';
import { enrolmentSchema, participantSchema } from '../../src/api/schemas/participants';
import { offerSchema, referralSchema, vacancySchema } from '../../src/api/schemas/referrals';
import { addDays } from '../../src/domain/dates';
import { demoSeed } from '../../src/demo-seed/demo-seed';
import { generateReferrals } from '../../src/demo-seed/seed-waiting-list';

// What the seed writes must be what the API would accept and answer: the same rules hold in
// the form, the server and the seed. Checked on several days, since the seed is
// placed around today.

const DAYS = ['2026-11-28', '2026-11-29', '2026-11-30', '2027-03-03'];

describe('the demo seed against the contract schemas', () => {
  it.each(DAYS)('every record seeded on %s parses', (today) => {
    const seed = demoSeed({ today });
    const check = <T>(schema: { parse: (v: unknown) => T }, records: unknown[]) =>
      records.forEach((r) => expect(() => schema.parse(r)).not.toThrow());
    check(cohortSchema, seed.cohorts);
    check(sessionSchema, seed.sessions);
    check(participantSchema, seed.participants);
    check(enrolmentSchema, seed.enrolments);
    check(referralSchema, seed.referrals);
    check(vacancySchema, seed.vacancies);
    check(offerSchema, seed.offers);
  });

  it('gives everyone waiting at least one slot, and weekend cohorts someone to suggest', () => {
    const seed = demoSeed({ today: DAYS[0] });
    const waiting = seed.referrals.filter((r) => r.status === 'waiting');
    expect(waiting.every((r) => r.availability.length > 0)).toBe(true);
    expect(waiting.some((r) => r.availability.some((s) => s.day === 'sat'))).toBe(true);
    expect(waiting.some((r) => r.availability.some((s) => s.day === 'sun'))).toBe(true);
  });

  it('generated waiting people (the 10,000 demo) parse too', () => {
    const made = generateReferrals([], 500, addDays(DAYS[0]!, 0));
    made.referrals.forEach((r) => expect(() => referralSchema.parse(r)).not.toThrow());
    made.participants.forEach((p) => expect(() => participantSchema.parse(p)).not.toThrow());
  });
});

import { describe, expect, it } from 'vitest';
import { markAttendanceSchema } from '../../src/api/schemas/attendance';
import { cohortInputSchema, makeCohortInputSchema } from '../../src/api/schemas/cohorts';
import { errorBodySchema } from '../../src/api/schemas/error';
import { nhsNumberSchema } from '../../src/api/schemas/nhs-number';
import { referralInputSchema } from '../../src/api/schemas/referrals';
import { loginRequestSchema } from '../../src/api/schemas/sign-in';

const validCohort = {
  name: 'Spring A',
  type: 'course',
  delivery: 'online',
  videoLink: 'https://meet.example.nhs.uk/x',
  venue: '',
  startDate: '2027-03-01',
  startTime: '10:00',
  sessionLengthMinutes: 120,
  capacity: 20,
  facilitatorIds: ['a', 'b'],
};
const disciplines: Record<string, string> = {
  a: 'psychology',
  b: 'physiotherapy',
  c: 'psychology',
};
const withStaff = makeCohortInputSchema((id) => disciplines[id] ?? null);

function fieldsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return (result.error?.issues ?? []).map((i) => i.path.join('.'));
}

describe('cohort input schema', () => {
  it('accepts a valid course', () => {
    expect(withStaff.safeParse(validCohort).success).toBe(true);
  });
  it('refuses capacity over 20 and a missing video link', () => {
    const r = withStaff.safeParse({ ...validCohort, capacity: 21, videoLink: '' });
    expect(fieldsOf(r).sort()).toEqual(['capacity', 'videoLink']);
  });
  it('needs a venue for face to face', () => {
    expect(
      fieldsOf(withStaff.safeParse({ ...validCohort, delivery: 'face_to_face', venue: '' })),
    ).toEqual(['venue']);
  });
  it('needs 2 or 3 facilitators with both disciplines', () => {
    expect(fieldsOf(withStaff.safeParse({ ...validCohort, facilitatorIds: ['a'] }))).toContain(
      'facilitatorIds',
    );
    expect(fieldsOf(withStaff.safeParse({ ...validCohort, facilitatorIds: ['a', 'c'] }))).toEqual([
      'facilitatorIds',
    ]);
    expect(
      fieldsOf(withStaff.safeParse({ ...validCohort, facilitatorIds: ['a', 'b', 'c', 'a'] })),
    ).toContain('facilitatorIds');
  });
  it('without a staff list, skips only the discipline rule', () => {
    expect(
      cohortInputSchema.safeParse({ ...validCohort, facilitatorIds: ['x', 'y'] }).success,
    ).toBe(true);
  });
  it('refuses a non-https video link and a bad time', () => {
    const r = withStaff.safeParse({
      ...validCohort,
      videoLink: 'javascript:alert(1)',
      startTime: '25:00',
    });
    expect(fieldsOf(r).sort()).toEqual(['startTime', 'videoLink']);
  });
});

describe('NHS number schema', () => {
  it('normalises spaces and checks the modulus 11 digit', () => {
    expect(nhsNumberSchema.parse('943 476 5919')).toBe('9434765919');
    expect(nhsNumberSchema.safeParse('9434765918').success).toBe(false);
  });
});

describe('referral schema', () => {
  const valid = {
    givenName: 'Ada',
    familyName: 'Lovelace',
    nhsNumber: '9434765919',
    dateOfBirth: '1970-01-01',
    borough: 'Islington',
    gpPractice: 'Archway Medical Centre',
    phone: '',
    email: 'ada@example.com',
    referralDate: '2026-11-01',
    availability: [{ day: 'mon', time: 'morning' }],
  };
  it('needs a phone or an email', () => {
    expect(referralInputSchema.safeParse(valid).success).toBe(true);
    expect(fieldsOf(referralInputSchema.safeParse({ ...valid, email: '' }))).toEqual(['phone']);
  });
  it('needs at least one day-and-time slot, each slot once, over all seven days', () => {
    const r = referralInputSchema.safeParse({ ...valid, availability: [] });
    expect(fieldsOf(r)).toEqual(['availability']);
    const twice = [
      { day: 'sat', time: 'morning' },
      { day: 'sat', time: 'morning' },
    ];
    expect(fieldsOf(referralInputSchema.safeParse({ ...valid, availability: twice }))).toEqual([
      'availability',
    ]);
    const weekend = [
      { day: 'sat', time: 'morning' },
      { day: 'sun', time: 'evening' },
    ];
    expect(referralInputSchema.safeParse({ ...valid, availability: weekend }).success).toBe(true);
    // The old shape (days x times) is refused: the cross product is what slots replace.
    const old = { days: ['mon'], times: ['morning'] };
    expect(referralInputSchema.safeParse({ ...valid, availability: old }).success).toBe(false);
  });
});

describe('other request schemas', () => {
  it('login needs an email and a password', () => {
    expect(fieldsOf(loginRequestSchema.safeParse({ email: 'x', password: '' })).sort()).toEqual([
      'email',
      'password',
    ]);
  });
  it('a mark takes only the register codes, never 4 or 0', () => {
    for (const code of [5, 6, 7, 2, 3])
      expect(markAttendanceSchema.safeParse({ code }).success).toBe(true);
    for (const code of [4, 0, 1, '5'])
      expect(markAttendanceSchema.safeParse({ code }).success).toBe(false);
  });
  it('the error body carries a code, a message and field errors', () => {
    const body = {
      error: {
        code: 'validation_failed',
        message: 'x',
        fieldErrors: { name: ['Name is required'] },
      },
    };
    expect(errorBodySchema.parse(body).error.fieldErrors?.name).toEqual(['Name is required']);
    expect(errorBodySchema.safeParse({ error: { code: 'teapot', message: 'x' } }).success).toBe(
      false,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { leftOn, wasEnrolledOn } from '../../src/domain/enrolment';

const base = {
  status: 'active' as const,
  joinedOn: '2026-10-01',
  history: [{ status: 'confirmed' as const, at: '2026-10-01T10:00:00Z' }],
};

describe('wasEnrolledOn', () => {
  it('includes an active participant from the day they joined', () => {
    expect(wasEnrolledOn(base, '2026-09-30')).toBe(false);
    expect(wasEnrolledOn(base, '2026-10-01')).toBe(true);
    expect(wasEnrolledOn(base, '2026-12-01')).toBe(true);
  });
  it('excludes sessions on or after the day someone withdrew', () => {
    const withdrawn = {
      ...base,
      status: 'withdrawn' as const,
      history: [...base.history, { status: 'withdrawn' as const, at: '2026-10-15T09:00:00Z' }],
    };
    expect(leftOn(withdrawn)).toBe('2026-10-15');
    expect(wasEnrolledOn(withdrawn, '2026-10-14')).toBe(true);
    expect(wasEnrolledOn(withdrawn, '2026-10-15')).toBe(false);
  });
  it('never counts an offer as a place', () => {
    expect(wasEnrolledOn({ ...base, status: 'offered' }, '2026-11-01')).toBe(false);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';

// src/lib/format.ts builds its Intl formatters on first use, not at import (every page imports
// it, and a formatter costs milliseconds on a slow phone). These pin both halves: the words are
// the ones the formatters built eagerly gave, and nothing is built until a value is formatted.

const load = async () => {
  vi.resetModules();
  return import('../../src/lib/format');
};

/** Counts the formatters built, by swapping in a counting subclass until the test ends. */
function count(name: 'DateTimeFormat' | 'NumberFormat') {
  const real = Intl[name];
  const built = { times: 0 };
  // @ts-expect-error -- a subclass with the same constructor, for this test only
  Intl[name] = class extends (real as typeof Intl.DateTimeFormat) {
    constructor(...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      super(...args);
      built.times += 1;
    }
  };
  restore.push(() => (Intl[name] = real as never));
  return built;
}
const restore: (() => void)[] = [];
afterEach(() => restore.splice(0).forEach((undo) => undo()));

describe('dates and numbers in en-GB', () => {
  it('reads as before: dates, London times across the clock change, weekdays, numbers', async () => {
    const f = await load();
    expect(f.formatDate('2026-03-02')).toBe('Mon 2 Mar 2026');
    expect(f.formatDate('2026-12-03T10:00:00Z')).toBe('Thu 3 Dec 2026');
    // 29 March 2026 01:00 UTC is the start of British Summer Time.
    expect(f.formatDateTime('2026-03-29T00:30:00Z')).toBe('Sun 29 Mar 2026 00:30');
    expect(f.formatDateTime('2026-03-29T01:30:00Z')).toBe('Sun 29 Mar 2026 02:30');
    expect(f.formatDateTime('2026-12-08T18:05:00Z')).toBe('Tue 8 Dec 2026 18:05');
    expect(f.weekdayName('2026-03-05')).toBe('Thursday');
    expect(f.meetingPattern({ type: 'course', startDate: '2026-03-05', startTime: '13:00' })).toBe(
      'Thursdays at 13:00',
    );
    expect(
      f.meetingPattern({ type: 'workshop', startDate: '2026-12-03', startTime: '13:00' }),
    ).toBe('Thu 3 Dec 2026 at 13:00 (one session)');
    expect(f.formatNumber(1234567)).toBe('1,234,567');
  });

  it('builds no formatter at import, each one on its first use, and reuses it', async () => {
    const dates = count('DateTimeFormat');
    const numbers = count('NumberFormat');
    const f = await load();
    expect(dates.times).toBe(0);
    expect(numbers.times).toBe(0);

    f.formatDate('2026-03-02');
    f.formatDate('2026-03-09');
    expect(dates.times).toBe(1);
    f.formatDateTime('2026-03-02T10:00:00Z');
    f.weekdayName('2026-03-02');
    f.formatDateTime('2026-03-02T11:00:00Z');
    expect(dates.times).toBe(3);
    f.formatNumber(1);
    f.formatNumber(2);
    expect(numbers.times).toBe(1);
  });
});

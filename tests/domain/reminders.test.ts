import { describe, expect, it } from 'vitest';
import type { AttendanceRecord } from '../../src/api/schemas/attendance';
import {
  dueReminders,
  reminderDueAt,
  reminderPersonalisation,
  type ReminderSettings,
} from '../../src/domain/reminders';
import { cohort, enrolment, sessions } from './offer-records';

// When a reminder falls due, and who gets one: everyone placed who has not said they cannot
// come, never for a cancelled session, never once it has started. Session 1 of these records is
// Monday 9 November 2026 at 6pm (GMT).

const both: ReminderSettings = { reminderDayBeforeAt: '18:00', reminderTwoHoursBefore: true };
const records = (over: { attendance?: AttendanceRecord[] } = {}) => ({
  cohorts: [cohort()],
  sessions: sessions(),
  enrolments: [enrolment('a'), enrolment('b'), enrolment('late', { joinedOn: '2026-11-12' })],
  attendance: over.attendance ?? [],
});
const at = (iso: string) => new Date(iso);
const first = (r: ReturnType<typeof dueReminders>) =>
  r.filter((d) => d.session.number === 1).map((d) => `${d.enrolment.id}:${d.kind}`);

describe('reminders', () => {
  it('fall due the day before at the set London time, and two hours before', () => {
    const s = sessions()[0]!;
    expect(reminderDueAt(s, 'day_before', both)?.toISOString()).toBe('2026-11-08T18:00:00.000Z');
    expect(reminderDueAt(s, 'two_hours', both)?.toISOString()).toBe('2026-11-09T16:00:00.000Z');
    expect(reminderDueAt(s, 'two_hours', { ...both, reminderTwoHoursBefore: false })).toBeNull();
    // In summer London is an hour ahead: 6pm BST is 17:00 UTC.
    const june = { date: '2026-06-10', startTime: '18:00' };
    expect(reminderDueAt(june, 'day_before', both)?.toISOString()).toBe('2026-06-09T17:00:00.000Z');
  });

  it('go to everyone placed by the session, not before the time, not after the start', () => {
    expect(first(dueReminders(records(), both, at('2026-11-08T17:59:00Z')))).toEqual([]);
    expect(first(dueReminders(records(), both, at('2026-11-08T18:00:00Z')))).toEqual([
      'a:day_before',
      'b:day_before',
    ]);
    // Two hours before, the day-before one gives way: nobody gets two at once.
    expect(first(dueReminders(records(), both, at('2026-11-09T16:30:00Z')))).toEqual([
      'a:two_hours',
      'b:two_hours',
    ]);
    expect(first(dueReminders(records(), both, at('2026-11-09T18:00:00Z')))).toEqual([]);
  });

  it('skip people who said they cannot come, and cancelled sessions or cohorts', () => {
    const told: AttendanceRecord = {
      id: 'att-1',
      sessionId: 'ses-coh-1-1',
      enrolmentId: 'a',
      code: 2,
      note: '',
      catchUpSent: false,
      updatedAt: null,
      updatedBy: null,
      version: 1,
    } as AttendanceRecord;
    const when = at('2026-11-08T19:00:00Z');
    expect(first(dueReminders(records({ attendance: [told] }), both, when))).toEqual([
      'b:day_before',
    ]);
    const cancelled = {
      ...records(),
      sessions: sessions().map((s) => ({ ...s, status: 'cancelled_by_provider' as const })),
    };
    expect(dueReminders(cancelled, both, when)).toEqual([]);
    const off = { ...records(), cohorts: [cohort('coh-1', { status: 'cancelled' })] };
    expect(dueReminders(off, both, when)).toEqual([]);
  });

  it('say the day, time and joining link, and nothing else', () => {
    const p = reminderPersonalisation(
      {
        givenName: 'Aisha Rose',
        session: {
          date: '2026-11-09',
          startTime: '18:00',
          videoLink: 'https://video.example/this-week',
        },
        cohort: cohort(),
      },
      { cannotAttend: 'https://x/link/a', optOut: 'https://x/link/b' },
    );
    expect(p).toEqual({
      first_name: 'Aisha',
      session_day: 'Monday 9 November',
      session_time: '6pm',
      joining_link: 'https://video.example/this-week',
      cannot_attend_link: 'https://x/link/a',
      opt_out_link: 'https://x/link/b',
    });
  });
});

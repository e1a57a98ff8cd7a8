import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARKABLE_CODES, sessionCode } from '../../src/domain/attendance-codes';
import { recordCannotAttend } from '../../src/domain/commands/cannot-attend';
import { Refusal, type Changes, type Outcome } from '../../src/domain/commands/command';
import { withdrawEnrolment } from '../../src/domain/commands/enrolments';
import { attendanceAt, registerEnrolments } from '../../src/domain/commands/register-roster';
import { finaliseRegister, markAttendance } from '../../src/domain/commands/registers';
import { cancelSession, rescheduleSession } from '../../src/domain/commands/sessions';
import { SETTINGS } from './offer-records';
import { contextFor, mark, NOW, records } from './register-records';

// A finalised register is a record of who came: whatever admins and facilitators do next, in
// any order, its rows and codes change only through an amendment with a reason.

type State = ReturnType<typeof records> & {
  participants: [];
  referrals: [];
  vacancies: [];
  settings: typeof SETTINGS;
};
const SESSIONS = ['ses-1', 'ses-2', 'ses-3'];
const PEOPLE = ['ann', 'bob', 'dan', 'eve'];
const DATES = ['2026-07-01', '2026-08-01', '2026-08-17', '2026-08-18', '2026-08-24', '2026-08-25'];

const command = fc.oneof(
  fc.record({
    kind: fc.constant('mark' as const),
    sessionId: fc.constantFrom(...SESSIONS),
    enrolmentId: fc.constantFrom(...PEOPLE),
    code: fc.constantFrom(...MARKABLE_CODES),
    reason: fc.constantFrom(undefined, '', 'Register taken on paper; corrected'),
  }),
  fc.record({ kind: fc.constant('cancel' as const), sessionId: fc.constantFrom(...SESSIONS) }),
  fc.record({ kind: fc.constant('finalise' as const), sessionId: fc.constantFrom(...SESSIONS) }),
  fc.record({
    kind: fc.constant('reschedule' as const),
    sessionId: fc.constantFrom(...SESSIONS),
    date: fc.constantFrom(...DATES, '2026-09-01', '2026-09-08'),
  }),
  fc.record({
    kind: fc.constant('withdraw' as const),
    enrolmentId: fc.constantFrom(...PEOPLE),
    date: fc.constantFrom(...DATES),
  }),
  fc.record({
    kind: fc.constant('cannotAttend' as const),
    enrolmentId: fc.constantFrom(...PEOPLE),
    sessionNumber: fc.constantFrom(1, 2, 3),
  }),
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

function run(s: State, c: Command): Outcome<unknown> {
  const ctx = contextFor('office');
  const version = (id: string) => s.sessions.find((x) => x.id === id)?.version ?? 0;
  switch (c.kind) {
    case 'mark': {
      const record = attendanceAt(s.attendance, c.sessionId, c.enrolmentId);
      return markAttendance(
        s,
        { ...c, version: record?.version ?? 0, amendmentReason: c.reason },
        ctx,
      );
    }
    case 'cancel':
      return cancelSession(s, { ...c, version: version(c.sessionId), reason: 'Unwell' }, ctx);
    case 'finalise':
      return finaliseRegister(s, { ...c, version: version(c.sessionId) }, ctx);
    case 'reschedule':
      return rescheduleSession(s, { ...c, version: version(c.sessionId) }, ctx);
    case 'withdraw': {
      const e = s.enrolments.find((x) => x.id === c.enrolmentId)!;
      return withdrawEnrolment(s, { ...c, version: e.version, reason: 'Moved away' }, ctx);
    }
    case 'cannotAttend':
      return recordCannotAttend(s, { ...c, note: '' }, ctx);
  }
}

function apply(s: State, changes: Changes): State {
  const next = { ...s } as unknown as Record<string, unknown[]>;
  for (const [table, rows] of Object.entries(changes.put)) {
    const list = [...((next[table] ?? []) as { id: string }[])];
    for (const row of rows as { id: string }[]) {
      const at = list.findIndex((x) => x.id === row.id);
      if (at >= 0) list[at] = row;
      else list.push(row);
    }
    next[table] = list;
  }
  return next as unknown as State;
}

/** Each finalised register as people see it: who is on it, with which code. */
function finalisedRegisters(s: State): Map<string, string> {
  const view = new Map<string, string>();
  for (const session of s.sessions.filter((x) => x.registerFinalisedAt)) {
    const rows = registerEnrolments(s.enrolments, session).map((e) => {
      const code = sessionCode(session, attendanceAt(s.attendance, session.id, e.id)?.code ?? null);
      return `${e.id}:${code}`;
    });
    view.set(session.id, `${session.date} ${rows.join(' ')}`);
  }
  return view;
}

/** ses-1 held and finalised: ann attended, bob did not, eve gave notice. */
function start(): State {
  const r = records();
  r.attendance.push(mark('ses-1', 'ann'), mark('ses-1', 'bob', { code: 3 }));
  r.attendance.push(mark('ses-1', 'eve', { code: 2 }));
  r.sessions[0]!.registerFinalisedAt = '2026-08-17T20:00:00.000Z';
  return { ...r, participants: [], referrals: [], vacancies: [], settings: { ...SETTINGS } };
}

describe('finalised registers', () => {
  it('change only by an amendment with a reason, whatever commands run in any order', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 25 }), (commands) => {
        let s = start();
        for (const c of commands) {
          const before = finalisedRegisters(s);
          let out: Outcome<unknown>;
          try {
            out = run(s, c);
          } catch (e) {
            if (e instanceof Refusal) continue;
            throw e;
          }
          s = apply(s, out.changes);
          const after = finalisedRegisters(s);
          for (const [sessionId, rows] of before) {
            if (after.get(sessionId) === rows) continue;
            const amended =
              c.kind === 'mark' && c.sessionId === sessionId && Boolean(c.reason?.trim());
            expect(amended, `${JSON.stringify(c)} changed ${sessionId}`).toBe(true);
            expect(out.changes.audit.map((a) => a.action)).toEqual(['attendance.amend']);
          }
        }
      }),
      { numRuns: 300 },
    );
    expect(NOW).toBe('2026-08-24T18:00:00.000Z');
  });
});

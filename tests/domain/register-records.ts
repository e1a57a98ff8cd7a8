import type { AttendanceRecord } from '../../src/api/schemas/attendance';
import type { Cohort, Session } from '../../src/api/schemas/cohorts';
import type { Enrolment } from '../../src/api/schemas/participants';
import { Refusal, type CommandContext } from '../../src/domain/commands/command';
import { ROLES, scopeOf } from '../../src/domain/policy';

// Small hand-built records for the register and session commands (no mock server).
// Mondays: session 1 on 17 Aug 2026, session 2 "today" (24 Aug), session 3 on 7 Sep
// (31 Aug, between 2 and 3, is the late summer bank holiday).

export const TODAY = '2026-08-24';
export const NOW = '2026-08-24T18:00:00.000Z';
export const FACILITATOR_ID = 'stf-fac';

/** The role that marks registers of its own cohorts only, and the one that manages cohorts. */
const markerRole = ROLES.find((r) => scopeOf(r, 'register.mark') === 'own')!;
const managerRole = ROLES.find((r) => scopeOf(r, 'cohort.manage') === 'all')!;

/** 'cohort': a facilitator of coh-1; 'stranger': a facilitator of other cohorts; 'office': a
 * role that manages every cohort. */
export function contextFor(
  who: 'cohort' | 'stranger' | 'office' = 'cohort',
): CommandContext & { ids: string[] } {
  let n = 0;
  const ids: string[] = [];
  const actor =
    who === 'office'
      ? { id: 'stf-adm', role: managerRole, scope: 'all' as const }
      : {
          id: who === 'stranger' ? 'stf-other' : FACILITATOR_ID,
          role: markerRole,
          scope: 'own' as const,
        };
  return {
    actor,
    now: NOW,
    today: TODAY,
    newId: (prefix) => {
      const id = `${prefix}-new${++n}`;
      ids.push(id);
      return id;
    },
    ids,
  };
}

export function cohort(id = 'coh-1'): Cohort {
  return {
    id,
    name: `Cohort ${id}`,
    type: 'course',
    delivery: 'online',
    videoLink: 'https://video.example/room',
    venue: '',
    startDate: '2026-08-17',
    startTime: '18:00',
    sessionLengthMinutes: 120,
    capacity: 12,
    facilitatorIds: [FACILITATOR_ID, 'stf-2'],
    status: 'running',
    cancelReason: null,
    version: 1,
  };
}

export function session(id: string, number: number, date: string, cohortId = 'coh-1'): Session {
  return {
    id,
    cohortId,
    number,
    date,
    startTime: '18:00',
    topic: `Topic ${number}`,
    status: 'scheduled',
    registerFinalisedAt: null,
    videoLink: null,
    version: 1,
  };
}

export function enrolment(id: string, over: Partial<Enrolment> = {}): Enrolment {
  return {
    id,
    cohortId: 'coh-1',
    participantId: `par-${id}`,
    status: 'confirmed',
    joinedOn: '2026-08-01',
    agreementRecordedAt: '2026-08-01T10:00:00.000Z',
    history: [
      { status: 'confirmed', at: '2026-08-01T10:00:00.000Z', byStaffId: 'stf-adm', note: null },
    ],
    version: 1,
    ...over,
  };
}

export function mark(
  sessionId: string,
  enrolmentId: string,
  over: Partial<AttendanceRecord> = {},
): AttendanceRecord {
  return {
    id: `att-${sessionId}-${enrolmentId}`,
    sessionId,
    enrolmentId,
    code: 5,
    note: '',
    catchUpSent: false,
    updatedAt: '2026-08-17T20:00:00.000Z',
    updatedBy: FACILITATOR_ID,
    version: 1,
    ...over,
  };
}

/** ann (agreed) and bob (no agreement yet) are on every register; cat holds only an offer;
 * dan joined after session 1; eve left before session 2; zed is in another cohort. */
export function records() {
  return {
    cohorts: [cohort('coh-1'), cohort('coh-2')],
    sessions: [
      session('ses-1', 1, '2026-08-17'),
      session('ses-2', 2, TODAY),
      session('ses-3', 3, '2026-09-07'),
      session('ses-z', 1, '2026-08-17', 'coh-2'),
    ],
    enrolments: [
      enrolment('ann'),
      enrolment('bob', { agreementRecordedAt: null }),
      enrolment('cat', { status: 'offered' }),
      enrolment('dan', { joinedOn: '2026-08-20' }),
      enrolment('eve', {
        status: 'withdrawn',
        history: [
          { status: 'confirmed', at: '2026-08-01T10:00:00.000Z', byStaffId: 'stf-adm', note: null },
          {
            status: 'withdrawn',
            at: '2026-08-20T10:00:00.000Z',
            byStaffId: 'stf-adm',
            note: 'Moved',
          },
        ],
      }),
      enrolment('zed', { cohortId: 'coh-2' }),
    ],
    attendance: [] as AttendanceRecord[],
  };
}

/** The refusal a command throws (fails the test when it does not refuse). */
export function refusalOf(run: () => unknown): Refusal {
  try {
    run();
  } catch (e) {
    if (e instanceof Refusal) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

import { beforeAll, describe, expect, it } from 'vitest';
import {
  ASSESSMENT_TOOL_CODES,
  CONSULTATION_MEDIUM,
  THERAPY_MODE_GROUP,
} from '../../src/domain/talking-therapies-codes';
import { isValidNhsNumber } from '../../src/domain/nhs-number';
import { AS, call, expectContract, expectError, resetDemo } from './contract-client';

// A cohort's figures, against the same figures worked out by hand for the answers entered here
// (docs/outcome-measures.md has the rules).

interface Row {
  enrolment: { id: string; agreementRecordedAt: string | null };
  record: { code: number | null; version: number } | null;
  measures: { version: number };
}
interface Item {
  cohortId: string;
  session: { id: string; number: number; date: string; registerFinalisedAt: string | null };
}

/** Answers adding up to `total`, item by item at most `max`, the last item (PHQ-9's item 9) 0. */
const items = (count: number, max: number, total: number) =>
  Array.from({ length: count }, (_, i) =>
    i === count - 1 ? 0 : Math.max(0, Math.min(max, total - max * i)),
  );
const answers = (phq9: number, gad7: number) => ({
  phq9: items(9, 3, phq9),
  gad7: [...items(6, 3, gad7), 0].map((v, i) => (i === 6 ? Math.max(0, gad7 - 18) : v)),
});

// first -> last, and what the manual's rules make of each (worked by hand):
// A: 15/10 -> 5/4: a case, then not; down 10 and 6: recovered, reliably improved and recovered.
// B: 12/9 -> 11/9: a case at both: not recovered; no reliable change.
// C: 4/3 -> 10/3: not a case at the start (not counted for recovery); up 6: reliably worse.
const PLAN = [
  { first: answers(15, 10), last: answers(5, 4) },
  { first: answers(12, 9), last: answers(11, 9) },
  { first: answers(4, 3), last: answers(10, 3) },
];

let cohortId: string;
let firstSession: Item['session'];
let enrolments: string[];

async function rowsOf(sessionId: string): Promise<Row[]> {
  return (
    await call<{ rows: Row[] }>('GET /sessions/:sessionId/register', {
      as: AS.facilitator,
      params: { sessionId },
    })
  ).body.rows;
}

async function enter(session: Item['session'], pick: (i: number) => object) {
  const sessionId = session.id;
  const rows = await rowsOf(sessionId);
  for (const [i, id] of enrolments.entries()) {
    const row = rows.find((r) => r.enrolment.id === id)!;
    if (row.record?.code !== 5 && row.record?.code !== 6) {
      // Marked present first (as an amendment on a register already finalised).
      const marked = await call('PUT /sessions/:sessionId/attendance/:enrolmentId', {
        as: AS.facilitator,
        params: { sessionId, enrolmentId: id },
        version: row.record?.version ?? 0,
        body: session.registerFinalisedAt
          ? { code: 5, amendmentReason: 'Register corrected from the video call log' }
          : { code: 5 },
      });
      expectContract('PUT /sessions/:sessionId/attendance/:enrolmentId', marked);
    }
    const saved = await call('PUT /sessions/:sessionId/measures/:enrolmentId', {
      as: AS.facilitator,
      params: { sessionId, enrolmentId: id },
      version: row.measures.version,
      body: pick(i),
    });
    expectContract('PUT /sessions/:sessionId/measures/:enrolmentId', saved);
  }
}

beforeAll(async () => {
  await resetDemo();
  const list = (
    await call<{ items: Item[]; today: string }>('GET /registers', { as: AS.facilitator })
  ).body;
  const open = list.items.filter((i) => i.session.date < list.today);
  cohortId = open.find((i) => open.filter((o) => o.cohortId === i.cohortId).length >= 2)!.cohortId;
  const [first, last] = open
    .filter((i) => i.cohortId === cohortId)
    .sort((a, b) => a.session.number - b.session.number);
  const rows = await rowsOf(first!.session.id);
  enrolments = rows
    .filter((r) => r.enrolment.agreementRecordedAt)
    .slice(0, 3)
    .map((r) => r.enrolment.id);
  firstSession = first!.session;
  await enter(first!.session, (i) => PLAN[i]!.first);
  await enter(last!.session, (i) => PLAN[i]!.last);
});

describe('GET /cohorts/:id/outcomes', () => {
  it("gives each person's first and last scores and what changed", async () => {
    const outcomes = expectContract(
      'GET /cohorts/:id/outcomes',
      await call<{
        people: { enrolmentId: string; first: object; last: object; attendedSessions: number }[];
        summary: Record<string, unknown>;
      }>('GET /cohorts/:id/outcomes', { as: AS.manager, params: { id: cohortId } }),
    );
    const [a, b, c] = enrolments.map((id) => outcomes.people.find((p) => p.enrolmentId === id)!);
    expect(a).toMatchObject({
      first: { phq9: 15, gad7: 10 },
      last: { phq9: 5, gad7: 4 },
      recovered: true,
      reliablyImproved: true,
      reliablyDeteriorated: false,
      reliablyRecovered: true,
    });
    expect(b).toMatchObject({
      recovered: false,
      reliablyImproved: false,
      reliablyDeteriorated: false,
    });
    expect(c).toMatchObject({
      recovered: null,
      reliablyImproved: false,
      reliablyDeteriorated: true,
    });

    // By hand: three pairs; of the two cases at the start one recovered; one reliably better and
    // one reliably worse of three; mean change PHQ-9 (-10 - 1 + 6) / 3, GAD-7 (-6 + 0 + 0) / 3.
    const finished = outcomes.people.filter((p) => p.attendedSessions >= 2).length;
    expect(outcomes.summary).toEqual({
      pairedCompleteness: { count: 3, of: finished, rate: 3 / finished },
      recovery: { count: 1, of: 2, rate: 0.5 },
      reliableRecovery: { count: 1, of: 2, rate: 0.5 },
      reliableImprovement: { count: 1, of: 3, rate: 1 / 3 },
      reliableDeterioration: { count: 1, of: 3, rate: 1 / 3 },
      meanChange: { phq9: -5 / 3, gad7: -2 },
    });
  });

  it('is for those who see the cohort; an unknown cohort is 404', async () => {
    const other = await call('GET /cohorts/:id/outcomes', {
      as: AS.admin,
      params: { id: 'coh_none' },
    });
    expectError(other, 404, 'not_found');
  });
});

describe('GET /exports/talking-therapies', () => {
  interface Export {
    careContacts: {
      careContactId: string;
      nhsNumber: string;
      careContDate: string;
      consMediumUsed: string;
      attendOrDnaCode: string;
      careContPatientTherMode: string;
    }[];
    careActivities: { careActivityId: string; careContactId: string }[];
    codedScoredAssessments: {
      careActivityId: string;
      codedAssToolType: string;
      persScore: string;
      assToolCompDate: string;
    }[];
  }

  it('gives a contact per person per session, its activity and its coded scores, codes from the table', async () => {
    const { cohort } = (
      await call<{ cohort: { delivery: 'online' | 'face_to_face' } }>('GET /cohorts/:id', {
        as: AS.manager,
        params: { id: cohortId },
      })
    ).body;
    const data = expectContract(
      'GET /exports/talking-therapies',
      await call<Export>('GET /exports/talking-therapies', {
        as: AS.manager,
        query: { from: firstSession.date, to: firstSession.date },
      }),
    );
    const contactId = `${firstSession.id}-${enrolments[0]}`;
    const contact = data.careContacts.find((c) => c.careContactId === contactId)!;
    // Field by field, each from the register (who came, the session's time, the cohort's
    // length and staff) or from the code table.
    const register = (
      await call<{
        session: { startTime: string };
        cohort: { sessionLengthMinutes: number; facilitatorIds: string[] };
        rows: { record: { code: number | null } | null }[];
      }>('GET /sessions/:sessionId/register', {
        as: AS.manager,
        params: { sessionId: firstSession.id },
      })
    ).body;
    expect(contact).toEqual({
      careContactId: contactId,
      nhsNumber: expect.stringMatching(/^\d{10}$/),
      careContDate: firstSession.date,
      careContTime: register.session.startTime,
      clinContDurOfCareCont: register.cohort.sessionLengthMinutes,
      consMediumUsed: CONSULTATION_MEDIUM[cohort.delivery].code,
      attendOrDnaCode: '5',
      careContPatientTherMode: THERAPY_MODE_GROUP.code,
      numGroupTherParticipants: register.rows.filter((r) => [5, 6].includes(r.record?.code ?? -1))
        .length,
      numGroupTherFacilitators: register.cohort.facilitatorIds.length,
    });
    expect(isValidNhsNumber(contact.nhsNumber)).toBe(true);
    const activity = data.careActivities.find((a) => a.careContactId === contactId)!;
    const scores = data.codedScoredAssessments.filter(
      (s) => s.careActivityId === activity.careActivityId,
    );
    expect(scores).toEqual([
      {
        careActivityId: activity.careActivityId,
        codedAssToolType: ASSESSMENT_TOOL_CODES.phq9!.code,
        persScore: '15',
        assToolCompDate: firstSession.date,
      },
      {
        careActivityId: activity.careActivityId,
        codedAssToolType: ASSESSMENT_TOOL_CODES.gad7!.code,
        persScore: '10',
        assToolCompDate: firstSession.date,
      },
    ]);
    expect(data.careContacts.every((c) => c.careContDate === firstSession.date)).toBe(true);
  });

  it('is for admins and managers; a period that ends before it starts is 400', async () => {
    const query = { from: firstSession.date, to: firstSession.date };
    expectError(
      await call('GET /exports/talking-therapies', { as: AS.facilitator, query }),
      403,
      'forbidden',
    );
    const backwards = await call('GET /exports/talking-therapies', {
      as: AS.admin,
      query: { from: '2026-12-01', to: '2026-11-01' },
    });
    expectError(backwards, 400, 'validation_failed');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_TOOL_CODES,
  CONSULTATION_MEDIUM,
  THERAPY_MODE_GROUP,
} from '../../src/domain/talking-therapies-codes';
import {
  careActivityRow,
  careContactRow,
  scoredAssessmentRows,
} from '../../src/domain/talking-therapies';

const facts = {
  sessionId: 'ses_1',
  enrolmentId: 'enr_1',
  nhsNumber: '9434765919',
  date: '2026-11-02',
  startTime: '10:00',
  durationMinutes: 120,
  delivery: 'online' as const,
  attendanceCode: 5 as const,
  participants: 14,
  facilitators: 3,
};

describe('IDS201 care contact', () => {
  it('takes each field from the session and each code from the code table', () => {
    expect(careContactRow(facts)).toEqual({
      careContactId: 'ses_1-enr_1',
      nhsNumber: '9434765919',
      careContDate: '2026-11-02',
      careContTime: '10:00',
      clinContDurOfCareCont: 120,
      consMediumUsed: CONSULTATION_MEDIUM.online.code,
      attendOrDnaCode: '5',
      careContPatientTherMode: THERAPY_MODE_GROUP.code,
      numGroupTherParticipants: 14,
      numGroupTherFacilitators: 3,
    });
    expect(careContactRow({ ...facts, delivery: 'face_to_face', attendanceCode: 3 })).toMatchObject(
      { consMediumUsed: CONSULTATION_MEDIUM.face_to_face.code, attendOrDnaCode: '3' },
    );
  });

  it('the table holds the codes as the data set writes them', () => {
    expect(THERAPY_MODE_GROUP.code).toBe('3');
    expect(CONSULTATION_MEDIUM).toMatchObject({
      face_to_face: { code: '01' },
      online: { code: '11' },
    });
    expect(ASSESSMENT_TOOL_CODES.phq9?.code).toBe('720433000');
    expect(ASSESSMENT_TOOL_CODES.gad7?.code).toBe('445455005');
    for (const entry of [THERAPY_MODE_GROUP, ...Object.values(CONSULTATION_MEDIUM)])
      expect(entry.source).not.toBe('');
  });
});

describe('IDS202 and IDS607', () => {
  it('a care activity belongs to its contact; an assessment to its activity, one per coded tool', () => {
    const activity = careActivityRow('ses_1-enr_1');
    expect(activity).toEqual({ careActivityId: 'ses_1-enr_1-act', careContactId: 'ses_1-enr_1' });
    const rows = scoredAssessmentRows(activity.careActivityId, '2026-11-02', {
      phq9: [3, 3, 3, 3, 0, 0, 0, 0, 1],
      gad7: [1, 1, 1, 1, 1, 1, 1],
      wsas: [8, 8, 8, 8, 8],
    });
    expect(rows).toEqual([
      {
        careActivityId: 'ses_1-enr_1-act',
        codedAssToolType: '720433000',
        persScore: '13',
        assToolCompDate: '2026-11-02',
      },
      {
        careActivityId: 'ses_1-enr_1-act',
        codedAssToolType: '445455005',
        persScore: '7',
        assToolCompDate: '2026-11-02',
      },
    ]);
  });

  it('exports exactly the instruments given whose tool has a code, each score the total', () => {
    const answers = (n: number, max: number) =>
      fc.option(fc.array(fc.integer({ min: 0, max }), { minLength: n, maxLength: n }), {
        nil: null,
      });
    fc.assert(
      fc.property(answers(9, 3), answers(7, 3), answers(5, 8), (phq9, gad7, wsas) => {
        const rows = scoredAssessmentRows('a', '2026-11-02', { phq9, gad7, wsas });
        const expected = (
          [
            ['phq9', phq9],
            ['gad7', gad7],
            ['wsas', wsas],
          ] as const
        ).filter(([key, items]) => items && ASSESSMENT_TOOL_CODES[key]);
        expect(rows.map((r) => r.codedAssToolType)).toEqual(
          expected.map(([k]) => ASSESSMENT_TOOL_CODES[k]!.code),
        );
        expect(rows.map((r) => Number(r.persScore))).toEqual(
          expected.map(([, items]) => items!.reduce((a, b) => a + b, 0)),
        );
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { answerProblems, endpointOf } from '../utils/answer-check';

// The check every contract and integration test answer goes through: it must refuse what a
// client would be misled by, and let a true answer through.

const stale = (current: unknown) => ({
  error: { code: 'stale_version', message: 'Someone else changed this.', current },
});

describe('an answer checked against its endpoint', () => {
  it('passes an answer its schema accepts', () => {
    expect(answerProblems('DELETE /cohorts/:id', 200, { ok: true })).toEqual([]);
    expect(
      answerProblems('PUT /sessions/:sessionId/attendance/:enrolmentId', 412, stale(null)),
    ).toEqual([]);
  });

  it('refuses a wrong body, a wrong success status and a field the schema does not name', () => {
    expect(answerProblems('DELETE /cohorts/:id', 200, { totallyWrong: 1 })).not.toEqual([]);
    expect(answerProblems('DELETE /cohorts/:id', 201, { ok: true })).toEqual([
      'DELETE /cohorts/:id 201: a success answers 200',
    ]);
    expect(answerProblems('DELETE /cohorts/:id', 200, { ok: true, password: 'x' })).toEqual([
      'DELETE /cohorts/:id 200: body.password is not in the schema',
    ]);
  });

  it('refuses a 412 whose current is not the record, and a current no status declares', () => {
    expect(answerProblems('PATCH /cohorts/:id', 412, stale({ totallyWrong: 1 }))).not.toEqual([]);
    expect(answerProblems('PATCH /cohorts/:id', 412, stale(null))).not.toEqual([]);
    const conflict = { ...stale({ id: 'coh_1' }).error, code: 'conflict' };
    expect(answerProblems('POST /cohorts', 409, { error: conflict })).toEqual([
      'POST /cohorts 409: a `current` this status does not declare',
    ]);
    expect(answerProblems('GET /cohorts', 500, '<html>')).toEqual([
      'GET /cohorts 500: not the error body',
    ]);
  });

  it('refuses a status the endpoint does not declare, and a code its status does not', () => {
    const refusal = (code: string) => ({ error: { code, message: 'No.' } });
    expect(answerProblems('GET /cohorts', 404, refusal('not_found'))).toEqual([
      'GET /cohorts 404: a status this endpoint does not declare',
    ]);
    expect(answerProblems('GET /cohorts', 409, refusal('conflict'))).toEqual([
      'GET /cohorts 409: a status this endpoint does not declare',
    ]);
    expect(answerProblems('POST /cohorts', 409, refusal('cohort_full'))).toEqual([
      'POST /cohorts 409: code cohort_full; this status declares invalid_state, conflict',
    ]);
    expect(answerProblems('POST /cohorts/:id/enrolments', 409, refusal('cohort_full'))).toEqual([]);
    expect(answerProblems('GET /cohorts/:id', 404, refusal('not_found'))).toEqual([]);
  });

  it('finds the endpoint of a request, literal paths before parameters', () => {
    expect(endpointOf('POST', 'http://localhost/api/referrals/search')).toBe(
      'POST /referrals/search',
    );
    expect(endpointOf('PUT', 'http://x/api/sessions/s1/attendance/e2')).toBe(
      'PUT /sessions/:sessionId/attendance/:enrolmentId',
    );
    expect(endpointOf('GET', 'http://x/api/nowhere')).toBeUndefined();
  });
});

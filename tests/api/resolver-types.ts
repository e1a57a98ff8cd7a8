import type { z } from 'zod/mini';
import {
  defineEndpoints,
  type ErrorCurrentIn,
  type StaleOf,
} from '../../src/api/endpoint-contract';
import type { Endpoints } from '../../src/api/endpoints';
import type { cohortEndpoints } from '../../src/api/endpoints/cohorts';
import { staleReader } from '../../src/api/declared-errors';
import { registerEndpoints } from '../../src/api/endpoints/registers';
import type { AttendanceRecord } from '../../src/api/schemas/attendance';
import type { RowMeasures } from '../../src/api/schemas/row-measures';
import { staleMeasures } from '../../src/features/registers/api/use-record-measures';
import { okResponseSchema } from '../../src/api/schemas/common';
import type { Resolver } from '../../src/backend/resolver';
import type { MockOwn, Resolver as MockResolver } from '../../mocks/http';

// Compiled by `npx tsc -b`, never run: each `@ts-expect-error` fails the type check if the line
// under it stops being an error, so the proof that the registration types bite cannot pass
// silently. (The server's own registration: tests/server/resolver-types.ts.)

/** A resolver that answers its response schema, from K's own path parameter, compiles. */
export const answersItsSchema: Resolver<'DELETE /cohorts/:id'> = async (ctx) => {
  const id: string = ctx.params.id;
  if (!id) throw new Error('a path always has its id');
  return { ok: true };
};

// @ts-expect-error: the answer is not what GET /cohorts/:id's response schema accepts.
export const wrongAnswer: Resolver<'GET /cohorts/:id'> = async () => ({ totallyWrong: 1 });

// @ts-expect-error: the mock registers through the same type, so the same answer is refused there.
export const wrongMockAnswer: MockResolver<'POST /auth/logout'> = async () => ({ okay: true });

export const misspeltParam: Resolver<'PUT /sessions/:sessionId/attendance/:enrolmentId'> = async (
  ctx,
) => {
  // @ts-expect-error: the path names :sessionId, not :id.
  const id: string = ctx.params.id;
  return ctx.run(() => {
    throw new Error(id);
  });
};

export const wrongBody: Resolver<'POST /cohorts/:id/cancel', MockOwn> = async (ctx) => {
  // @ts-expect-error: the parsed body is a cancellation ({ reason }), which has no `capacity`.
  const capacity: number = ctx.body.capacity;
  throw new Error(`${capacity} ${ctx.url.pathname}`);
};

type Cohort412 = StaleOf<(typeof cohortEndpoints)['PATCH /cohorts/:id']>;
type Mark412 = StaleOf<
  (typeof registerEndpoints)['PUT /sessions/:sessionId/attendance/:enrolmentId']
>;

/** The client reads a 412's `current` as the record's own type. */
export const staleVersion = (current: Cohort412): number => current.version;
/** A mark's 412 may hold no record yet (nobody had marked the person). */
export const noMarkYet: Mark412 = null;

// @ts-expect-error: a cohort's 412 `current` is a cohort, not any object.
export const wrongStale: Cohort412 = { totallyWrong: 1 };

// @ts-expect-error: what a backend puts in a staff account's 412 is the account, not a cohort.
export const wrongStaleIn: ErrorCurrentIn<Endpoints['PATCH /staff/:id'], 412> = {} as Cohort412;

export const undeclaredStale = defineEndpoints({
  // @ts-expect-error: an If-Match endpoint must declare its 412 `current`.
  'PATCH /example/:id': {
    summary: 'An example',
    action: 'public',
    response: okResponseSchema,
    ifMatch: true,
  },
});

export const unknownRefusal = defineEndpoints({
  'POST /example': {
    summary: 'An example',
    action: 'public',
    response: okResponseSchema,
    // @ts-expect-error: a refusal is one of the error codes (./schemas/error.ts), not any text.
    refuses: ['cohort_fool'],
  },
});

/** The UI reads a stale save's `current` through the reader, as the record's own type: the
 * measures of a row, with no cast (src/features/registers/components/measures-panel.tsx). */
export const theirMeasures = (error: unknown): RowMeasures | null | undefined =>
  staleMeasures(error)?.current;

export const notAMark = (error: unknown): AttendanceRecord | null | undefined =>
  // @ts-expect-error: a measures save's 412 holds the row's measures, not an attendance mark.
  staleMeasures(error)?.current;

// @ts-expect-error: a reader is made for its own group's endpoints: cohorts are not registers.
export const otherGroup = staleReader(registerEndpoints, 'PATCH /cohorts/:id');

export type Unused = z.ZodMiniType;

import type { QueryClient } from '@tanstack/react-query';
import { describeError, isApiError } from '../../../api/api-error';
import type { AttendanceRecord, MarkAttendance } from '../../../api/schemas/attendance';
import { entryOf, forget, narrow, remember } from '../outbox/outbox';
import type { MarkVariables, RowProblem } from './register-cache';
import { leftAfter, rowProblemsOf, setRowProblem, waitingChange, withChange } from './row-problems';

// What a row keeps when its changes do not all reach the server. Each row has at most one
// problem, holding every field still unsaved (a note and a mark alike) in one outbox entry;
// a newer change takes only the fields it sets, and a newer failure joins the older one.

/** A change made on a row with an unsaved change of another send: the fields it sets are no
 * longer waiting (the outbox entry narrowed to match), the others stay as they were. */
export async function narrowProblem(qc: QueryClient, sessionId: string, v: MarkVariables) {
  const problem = rowProblemsOf(qc, sessionId)[v.enrolmentId];
  if (!problem) return;
  const older = waitingChange(problem);
  const other = problem.kind !== 'notice' && problem.entryId !== v.entryId;
  const rest = older && other ? leftAfter(older, v.change) : null;
  setRowProblem(qc, sessionId, v.enrolmentId, rest ? withChange(problem, rest) : null);
  if (problem.kind === 'notice' || !other) return;
  if (rest) await narrow(v.userId, problem.entryId, rest);
  else await forget(problem.entryId);
}

/** The server already holds exactly this change: an entry older than its key's memory on the
 * server (a day), or written before entries had keys, sent again after a reload. */
const alreadyThere = (change: MarkAttendance, current: AttendanceRecord | null) =>
  current !== null &&
  (change.code === undefined || change.code === current.code) &&
  (change.note === undefined || change.note.trim() === current.note) &&
  (change.catchUpSent === undefined || change.catchUpSent === current.catchUpSent);

/** An earlier unsaved change of the row (another entry) that the server turns out to hold
 * already: its send got no answer (a 5xx after the write landed, a lost connection) and a later
 * change of the row shows the record. `record` is what the server answered the later change
 * with: its save, or on a 412 its current copy, which counts only if this user saved it (a
 * colleague's save stays a conflict to choose against). The earlier problem and entry go. */
export async function earlierLanded(
  qc: QueryClient,
  sessionId: string,
  v: MarkVariables,
  record: AttendanceRecord | null,
  stale: boolean,
): Promise<boolean> {
  const earlier = rowProblemsOf(qc, sessionId)[v.enrolmentId];
  if (earlier?.kind !== 'failed' || earlier.entryId === v.entryId) return false;
  if (stale && record?.updatedBy !== v.userId) return false;
  if (!alreadyThere(earlier.change, record)) return false;
  setRowProblem(qc, sessionId, v.enrolmentId, null);
  await forget(earlier.entryId);
  return true;
}

/** No answer came (offline, or the server or a proxy failed): the write may have landed. */
const unanswered = (error: unknown) =>
  isApiError(error) && (error.isOffline || error.status >= 500);

type Outcome = { current: AttendanceRecord | null } | { error: unknown };

/** A send the server did not take: a colleague's newer record to choose against (412) or a
 * failure to retry. An earlier unsaved change of the row (another entry) joins it, so one
 * panel and one outbox entry hold both until the user answers: neither is dropped. */
export async function keepUnsaved(
  qc: QueryClient,
  sessionId: string,
  v: MarkVariables,
  outcome: Outcome,
): Promise<void> {
  const { enrolmentId, change, entryId } = v;
  const earlier = rowProblemsOf(qc, sessionId)[enrolmentId];
  const carried = earlier && earlier.kind !== 'notice' && earlier.entryId !== entryId;
  const mine = carried ? { ...waitingChange(earlier), ...change } : change;
  if ('current' in outcome && alreadyThere(mine, outcome.current)) {
    setRowProblem(qc, sessionId, enrolmentId, null);
    if (carried) await forget(earlier.entryId);
    return forget(entryId);
  }
  if (carried) {
    await remember({ ...entryOf(v, sessionId), change: mine });
    await forget(earlier.entryId);
  }
  let problem: RowProblem;
  if ('current' in outcome) problem = { kind: 'conflict', mine, theirs: outcome.current, entryId };
  // A failure on a row already in conflict: the choice is still to be made, with both changes.
  else if (carried && earlier.kind === 'conflict')
    problem = { kind: 'conflict', mine, theirs: earlier.theirs, entryId };
  else
    problem = {
      kind: 'failed',
      message: describeError(outcome.error),
      change: mine,
      entryId,
      resendKey: !carried && unanswered(outcome.error) ? v.idempotencyKey : undefined,
    };
  setRowProblem(qc, sessionId, enrolmentId, problem);
}

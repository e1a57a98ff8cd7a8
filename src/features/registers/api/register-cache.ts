import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import type { AttendanceRecord, MarkAttendance } from '../../../api/schemas/attendance';
import type { Register, RegisterRow } from '../../../api/schemas/registers';
import { registerQueries } from './register-queries';

// The register as cached on screen, changed row by row while marks and agreements are saved.

export interface MarkVariables {
  enrolmentId: string;
  change: MarkAttendance;
  /** The outbox entry that keeps the change until the server has it (src/features/registers/outbox). */
  entryId: string;
  seq: number;
  userId: string;
  /** The record's version when the change was made (0: no record yet). */
  baseVersion: number;
  /** Sent as Idempotency-Key, the same on every retry of this send (and after a reload): a
   * send that reached the server but whose answer was lost gets that answer back, so it is
   * known as the person's own and never taken for a colleague's change. */
  idempotencyKey: string;
}

/** What stands in the way of a row's change: a colleague's newer mark to choose against, a
 * change the server did not take (kept on screen with a retry), or a notice with nothing to
 * resend (a refusal made here, before any request). */
export type RowProblem =
  | { kind: 'conflict'; mine: MarkAttendance; theirs: AttendanceRecord | null; entryId: string }
  | {
      kind: 'failed';
      message: string;
      change: MarkAttendance;
      entryId: string;
      /** The key of a send that got no answer (offline, a 5xx): the same change tried again
       * goes with it, so a write that did reach the server is answered as it was. */
      resendKey?: string;
    }
  | { kind: 'notice'; message: string };

/** The mutation key of one register's marks: they run in order and are counted as unsaved. */
export const markKey = queryKeys.registers.marks;
/** Every register's marks. */
export const allMarksKey = markKey('').slice(0, -1);

export function patchRow(
  register: Register | undefined,
  enrolmentId: string,
  patch: (row: RegisterRow) => RegisterRow,
): Register | undefined {
  if (!register) return register;
  return {
    ...register,
    rows: register.rows.map((row) => (row.enrolment.id === enrolmentId ? patch(row) : row)),
  };
}

export function patchRecord(
  register: Register | undefined,
  enrolmentId: string,
  patch: (r: AttendanceRecord | null) => AttendanceRecord | null,
): Register | undefined {
  return patchRow(register, enrolmentId, (row) => ({ ...row, record: patch(row.record) }));
}

/** The record as it will be once the change is saved (a placeholder while there is none). */
export function optimistic(
  record: AttendanceRecord | null,
  sessionId: string,
  enrolmentId: string,
  change: MarkAttendance,
): AttendanceRecord {
  const base = record ?? {
    id: `pending:${enrolmentId}`,
    sessionId,
    enrolmentId,
    code: null,
    note: '',
    catchUpSent: false,
    updatedAt: null,
    updatedBy: null,
    version: 0,
  };
  return {
    ...base,
    code: change.code ?? base.code,
    note: change.note ?? base.note,
    catchUpSent: change.catchUpSent ?? base.catchUpSent,
  };
}

/** Puts back the fields one change set, leaving any other change saved since. */
export function revertFields(
  record: AttendanceRecord | null,
  change: MarkAttendance,
  before: AttendanceRecord | null,
): AttendanceRecord | null {
  if (!record) return record;
  return {
    ...record,
    code: change.code !== undefined ? (before?.code ?? null) : record.code,
    note: change.note !== undefined ? (before?.note ?? '') : record.note,
    catchUpSent:
      change.catchUpSent !== undefined ? (before?.catchUpSent ?? false) : record.catchUpSent,
  };
}

/** The register as the user left it: every change the server has not taken yet, on top. */
export function withUnsaved(
  register: Register,
  changes: ReadonlyArray<{ enrolmentId: string; change: MarkAttendance }>,
): Register {
  let next = register;
  for (const { enrolmentId, change } of changes) {
    next = patchRecord(next, enrolmentId, (r) =>
      optimistic(r, register.session.id, enrolmentId, change),
    ) as Register;
  }
  return next;
}

export function recordOf(qc: QueryClient, sessionId: string, enrolmentId: string) {
  return (
    qc
      .getQueryData(registerQueries.detail(sessionId).queryKey)
      ?.rows.find((r) => r.enrolment.id === enrolmentId)?.record ?? null
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { describeError } from '../../../api/api-error';
import type { MarkAttendance } from '../../../api/schemas/attendance';
import type { Register, RegisterRow as Row } from '../../../api/schemas/registers';
import { ATTENDED, countsAsAttended, type MarkableCode } from '../../../domain/attendance-codes';
import type { RowProblem } from '../api/register-cache';
import { useMarkAttendance } from '../api/mark-attendance';
import { rowProblemsOf, sameChange, setRowProblem } from '../api/row-problems';
import { useRecordAgreement } from '../api/use-record-agreement';
import { forget } from '../outbox/outbox';

export interface PendingAmendment {
  enrolmentId: string;
  change: MarkAttendance;
}

/** Every change made on a register: marks, notes and agreements, each row's problem, and on a
 * finalised register the amendment waiting for its reason. `register` is as shown, unsaved
 * changes included, so "Mark all attended" passes over a row whose mark is waiting. */
export function useRegisterMarking(register: Register, canEdit: boolean, userId: string) {
  const { session, rows } = register;
  const qc = useQueryClient();
  const onProblem = useCallback(
    (id: string, problem: RowProblem | null) => setRowProblem(qc, session.id, id, problem),
    [qc, session.id],
  );
  // `mark` is stable: depending on it keeps every row memoised.
  const mark = useMarkAttendance(session.id, userId);
  const { mutate: recordAgreementFor } = useRecordAgreement(session.id);
  const [amending, setAmending] = useState<PendingAmendment | null>(null);
  // Once shown, the dialog stays mounted (closed) so it keeps its text and its closing transition.
  const [amendDialogUsed, setAmendDialogUsed] = useState(false);
  const finalised = Boolean(session.registerFinalisedAt);

  // Handlers read the latest rows through a ref so they stay stable and rows stay memoised.
  const rowsRef = useRef(rows);
  useLayoutEffect(() => {
    rowsRef.current = rows;
  }, [rows]);
  const send = useCallback(
    (enrolmentId: string, change: MarkAttendance) => {
      if (!canEdit) return;
      const row = rowsRef.current.find((r) => r.enrolment.id === enrolmentId);
      if (
        change.code !== undefined &&
        countsAsAttended(change.code) &&
        !row?.enrolment.agreementRecordedAt
      ) {
        onProblem(enrolmentId, {
          kind: 'notice',
          message: 'Record the group agreement before marking this person present.',
        });
        return;
      }
      if (finalised) {
        setAmendDialogUsed(true);
        setAmending({ enrolmentId, change });
      } else mark({ enrolmentId, change });
    },
    [canEdit, finalised, mark, onProblem],
  );

  const markRow = useCallback(
    (rowIndex: number, code: MarkableCode) => {
      const row = rowsRef.current[rowIndex];
      if (row) send(row.enrolment.id, { code });
    },
    [send],
  );
  const markAllAttended = () => {
    for (const row of rows) {
      if (row.record?.code == null && row.enrolment.agreementRecordedAt)
        mark({ enrolmentId: row.enrolment.id, change: { code: ATTENDED } });
    }
  };
  // A conflict answered, or a failed change tried again ('mine') or given up ('theirs'): a
  // change sent again goes as it was made (an amendment keeps its reason).
  const resolveProblem = useCallback(
    (enrolmentId: string, choice: 'mine' | 'theirs', mine: MarkAttendance) => {
      const problem = rowProblemsOf(qc, session.id)[enrolmentId];
      const entryId = problem?.kind === 'notice' ? undefined : problem?.entryId;
      // The same change after a send that got no answer goes with that send's key: if it did
      // reach the server, its answer comes back. Anything the server answered goes afresh.
      const idempotencyKey =
        problem?.kind === 'failed' && sameChange(problem.change, mine)
          ? problem.resendKey
          : undefined;
      onProblem(enrolmentId, null);
      if (choice === 'mine') mark({ enrolmentId, change: mine, entryId, idempotencyKey });
      else void forget(entryId);
    },
    [mark, onProblem, qc, session.id],
  );
  const recordAgreement = useCallback(
    (row: Row) => {
      recordAgreementFor(
        { enrolmentId: row.enrolment.id, version: row.enrolment.version },
        {
          onError: (e) =>
            onProblem(row.enrolment.id, { kind: 'notice', message: describeError(e) }),
        },
      );
    },
    [recordAgreementFor, onProblem],
  );
  const amendment = {
    pending: amending,
    used: amendDialogUsed,
    cancel: () => setAmending(null),
    confirm: (reason: string) => {
      if (amending)
        mark({
          enrolmentId: amending.enrolmentId,
          change: { ...amending.change, amendmentReason: reason },
        });
      setAmending(null);
    },
  };

  return { send, markRow, markAllAttended, resolveProblem, recordAgreement, amendment };
}

import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { describeError } from '../../../api/api-error';
import type { MarkAttendance } from '../../../api/schemas/attendance';
import type { Register, RegisterRow as Row } from '../../../api/schemas/registers';
import { ATTENDED, countsAsAttended, type MarkableCode } from '../../../domain/attendance-codes';
import type { RowProblem } from '../api/register-cache';
import { useMarkAttendance } from '../api/use-mark-attendance';
import { useRecordAgreement } from '../api/use-record-agreement';

export interface PendingAmendment {
  enrolmentId: string;
  change: MarkAttendance;
}

/** Every change made on a register: marks, notes and agreements, each row's problem, and on a
 * finalised register the amendment waiting for its reason. */
export function useRegisterMarking(register: Register, canEdit: boolean) {
  const { session, rows } = register;
  const [problems, setProblems] = useState<Record<string, RowProblem>>({});
  const onProblem = useCallback((id: string, problem: RowProblem | null) => {
    setProblems((all) => {
      if (!problem && !all[id]) return all;
      const next = { ...all };
      if (problem) next[id] = problem;
      else delete next[id];
      return next;
    });
  }, []);
  // `mutate` is stable; depending on it (not the result object) keeps every row memoised.
  const { mutate: mark } = useMarkAttendance(session.id, onProblem);
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
          kind: 'error',
          message: 'Record the group agreement before marking this person present.',
          change,
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
  const resolveConflict = useCallback(
    (enrolmentId: string, choice: 'mine' | 'theirs', mine: MarkAttendance) => {
      onProblem(enrolmentId, null);
      if (choice === 'mine') mark({ enrolmentId, change: mine });
    },
    [mark, onProblem],
  );
  const recordAgreement = useCallback(
    (row: Row) => {
      recordAgreementFor(
        { enrolmentId: row.enrolment.id, version: row.enrolment.version },
        {
          onError: (e) =>
            onProblem(row.enrolment.id, { kind: 'error', message: describeError(e), change: {} }),
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

  return { problems, send, markRow, markAllAttended, resolveConflict, recordAgreement, amendment };
}

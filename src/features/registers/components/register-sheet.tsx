import { TONE_TEXT } from '../../../components/tones';
import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { MarkAttendance } from '../../../api/schemas/attendance';
import type { Register, RegisterRow as Row } from '../../../api/schemas/registers';
import type { StaffUser } from '../../../api/schemas/staff';
import { describeError } from '../../../api/api-error';
import { countsAsAttended, type MarkableCode } from '../../../domain/attendance-codes';
import { formatDateTime } from '../../../lib/format';
import { useFinaliseRegister } from '../api/use-finalise-register';
import { useMarkAttendance, useUnsavedCount, type RowProblem } from '../api/use-mark-attendance';
import { useRecordAgreement } from '../api/use-record-agreement';
import { RegisterRow } from './register-row';
import { UnsavedGuard } from './unsaved-guard';
import { useRegisterKeyboard } from './use-register-keyboard';

// Lazy: Modal (overlay, focus trap, portal, scroll lock, ScrollArea) and Textarea would add
// ~13 KB gzip to the register's first load; only amendments to a finalised register need them.
const AmendmentDialog = lazy(() => import('./amendment-dialog'));

interface RegisterSheetProps {
  register: Register;
  staff: StaffUser[];
  canEdit: boolean;
}

export function RegisterSheet({ register, staff, canEdit }: RegisterSheetProps) {
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
  const finalise = useFinaliseRegister(session.id);
  const { mutate: recordAgreementFor } = useRecordAgreement(session.id);
  const unsaved = useUnsavedCount(session.id);
  const [amending, setAmending] = useState<{ enrolmentId: string; change: MarkAttendance } | null>(
    null,
  );
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
  const keyboard = useRegisterKeyboard(rows.length, markRow);

  const marked = rows.filter((r) => r.record?.code != null).length;
  const unmarked = rows.filter((r) => r.record?.code == null);
  const staffName = useMemo(() => {
    const byId = new Map(staff.map((s) => [s.id, s.name]));
    return (id: string | null) => (id ? (byId.get(id) ?? 'A colleague') : 'A colleague');
  }, [staff]);

  const markAllAttended = () => {
    for (const row of unmarked) {
      if (row.enrolment.agreementRecordedAt)
        mark({ enrolmentId: row.enrolment.id, change: { code: 5 } });
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

  return (
    <Stack gap="sm">
      <UnsavedGuard unsaved={unsaved} />
      <Group justify="space-between" wrap="wrap" className="no-print">
        <Stack gap={4} miw={240}>
          <Group gap="md">
            <Text fw={700} aria-live="polite">
              {marked} of {rows.length} marked
            </Text>
            <SaveStatus unsaved={unsaved} />
          </Group>
          <Progress
            value={rows.length ? (marked / rows.length) * 100 : 0}
            aria-label="Register progress"
            size="sm"
          />
        </Stack>
        {canEdit && (
          <Group gap="xs">
            {!finalised && (
              <Button variant="default" disabled={unmarked.length === 0} onClick={markAllAttended}>
                Mark all attended
              </Button>
            )}
          </Group>
        )}
      </Group>
      {finalise.isError && (
        <Alert color={TONE_TEXT.danger} role="alert" title="Could not finalise">
          {describeError(finalise.error)}
        </Alert>
      )}
      {finalised && (
        <Alert color={TONE_TEXT.success} title="Register finalised">
          Finalised {formatDateTime(session.registerFinalisedAt as string)}. Changes now are
          amendments: each needs a reason and is kept in the audit trail.
        </Alert>
      )}
      {canEdit && (
        <Text size="sm" c="dimmed" className="no-print">
          Keyboard: Tab to the register, arrows to move, Space to mark, or press A (Attended), S
          (Late, seen), N (Late, not seen), C (Cancelled) or D (Did not attend) to mark and move to
          the next person.
        </Text>
      )}
      <div
        onKeyDown={keyboard.onKeyDown}
        aria-label={`Register for session ${session.number}`}
        role="group"
      >
        {rows.map((row, index) => (
          <RegisterRow
            key={row.enrolment.id}
            row={row}
            rowIndex={index}
            sessionNumber={session.number}
            sessionDate={session.date}
            threshold={register.absenceThreshold}
            focusStore={keyboard.store}
            canEdit={canEdit}
            problem={problems[row.enrolment.id]}
            staffName={staffName}
            onChange={send}
            onRecordAgreement={recordAgreement}
            onResolveConflict={resolveConflict}
            registerRef={keyboard.registerRef}
            onFocusOption={keyboard.onFocusOption}
          />
        ))}
      </div>
      {canEdit && !finalised && (
        <Group justify="flex-end" className="no-print">
          <Text size="sm" c="dimmed">
            {marked < rows.length ? `${rows.length - marked} still to mark` : 'Everyone is marked'}
          </Text>
          <Button
            disabled={marked < rows.length || rows.length === 0}
            loading={finalise.isPending}
            onClick={() => finalise.mutate(session.version)}
          >
            Finalise register
          </Button>
        </Group>
      )}
      {amendDialogUsed && (
        <Suspense fallback={null}>
          <AmendmentDialog
            pending={amending}
            onCancel={() => setAmending(null)}
            onConfirm={(reason) => {
              if (amending)
                mark({
                  enrolmentId: amending.enrolmentId,
                  change: { ...amending.change, amendmentReason: reason },
                });
              setAmending(null);
            }}
          />
        </Suspense>
      )}
    </Stack>
  );
}

/** One line that never moves the page: saved, or how many marks are still waiting. */
function SaveStatus({ unsaved }: { unsaved: number }) {
  return (
    <Text
      size="sm"
      role="status"
      fw={unsaved ? 700 : 400}
      c={unsaved ? TONE_TEXT.warning : 'dimmed'}
    >
      {unsaved === 0
        ? 'All marks saved'
        : `${unsaved} ${unsaved === 1 ? 'change' : 'changes'} not saved yet (kept on this page, sent in order when the connection allows)`}
    </Text>
  );
}

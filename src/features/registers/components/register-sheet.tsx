import { TONE_TEXT } from '../../../components/tones';
import { Alert, Stack, Text } from '@mantine/core';
import { Suspense, useMemo } from 'react';
import type { Register } from '../../../api/schemas/registers';
import type { StaffUser } from '../../../api/schemas/staff';
import { describeError } from '../../../api/api-error';
import { formatDateTime } from '../../../lib/format';
import { lazyComponent } from '../../../lib/lazy-component';
import { withUnsaved } from '../api/register-cache';
import { useFinaliseRegister } from '../api/use-finalise-register';
import { useOnline } from '../../../lib/online';
import { isUnsaved, useRowProblems } from '../api/row-problems';
import { useUnsaved } from '../api/use-unsaved';
import { FinaliseBar } from './finalise-bar';
import { RegisterProgress } from './register-progress';
import { RegisterRow } from './register-row';
import { UnsavedGuard } from './unsaved-guard';
import { useRegisterKeyboard } from './use-register-keyboard';
import { useRegisterMarking } from './use-register-marking';

// Lazy: Modal (overlay, focus trap, portal, scroll lock, ScrollArea) and Textarea would add
// ~13 KB gzip to the register's first load; only amendments to a finalised register need them.
const AmendmentDialog = lazyComponent(() => import('./amendment-dialog'));

interface RegisterSheetProps {
  register: Register;
  /** Whose changes these are: the outbox keeps each user's apart. */
  userId: string;
  staff: Pick<StaffUser, 'id' | 'name'>[];
  canEdit: boolean;
}

export function RegisterSheet({ register: saved, userId, staff, canEdit }: RegisterSheetProps) {
  const problems = useRowProblems(saved.session.id);
  const unsaved = useUnsaved(saved.session.id, problems);
  // Shown as the user left it: changes on their way, and those the server did not take.
  const register = useMemo(
    () =>
      withUnsaved(saved, [
        ...Object.entries(problems).flatMap(([enrolmentId, p]) =>
          p?.kind === 'failed' ? [{ enrolmentId, change: p.change }] : [],
        ),
        ...unsaved.pendingChanges,
      ]),
    [saved, problems, unsaved.pendingChanges],
  );
  const { session, rows } = register;
  const marking = useRegisterMarking(register, canEdit, userId);
  const finalise = useFinaliseRegister(session.id);
  const online = useOnline();
  // Rows are marked in words when their change waits: failed, or queued with no way through.
  const saveState = (enrolmentId: string) =>
    isUnsaved(problems[enrolmentId])
      ? 'failed'
      : unsaved.pendingRows.has(enrolmentId) && (!online || unsaved.struggling)
        ? 'waiting'
        : undefined;
  const keyboard = useRegisterKeyboard(rows.length, marking.markRow);
  const finalised = Boolean(session.registerFinalisedAt);
  const marked = rows.filter((r) => r.record?.code != null).length;
  const staffName = useMemo(() => {
    const byId = new Map(staff.map((s) => [s.id, s.name]));
    return (id: string | null) => (id ? (byId.get(id) ?? 'A colleague') : 'A colleague');
  }, [staff]);

  return (
    <Stack gap="sm">
      <UnsavedGuard unsaved={unsaved.total} />
      <RegisterProgress
        marked={marked}
        total={rows.length}
        unsaved={unsaved}
        canEdit={canEdit}
        finalised={finalised}
        onMarkAllAttended={marking.markAllAttended}
      />
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
            saveState={saveState(row.enrolment.id)}
            staffName={staffName}
            onChange={marking.send}
            onRecordAgreement={marking.recordAgreement}
            onResolveProblem={marking.resolveProblem}
            registerRef={keyboard.registerRef}
            onFocusOption={keyboard.onFocusOption}
          />
        ))}
      </div>
      {canEdit && !finalised && (
        <FinaliseBar
          unsaved={unsaved.failed}
          marked={marked}
          total={rows.length}
          pending={finalise.isPending}
          onFinalise={() => finalise.mutate(session.version)}
        />
      )}
      {marking.amendment.used && (
        <Suspense fallback={null}>
          <AmendmentDialog
            pending={marking.amendment.pending}
            onCancel={marking.amendment.cancel}
            onConfirm={marking.amendment.confirm}
          />
        </Suspense>
      )}
    </Stack>
  );
}

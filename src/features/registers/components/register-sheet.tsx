import { TONE_TEXT } from '../../../components/tones';
import { Alert, Stack } from '@mantine/core';
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
import { RegisterProgress } from './register-progress';
import { RegisterRow } from './register-row';
import { UnsavedGuard } from './unsaved-guard';
import { useRegisterKeyboard } from './use-register-keyboard';
import { useRegisterMarking } from './use-register-marking';
import classes from './register.module.css';

// Lazy: Modal (overlay, focus trap, portal, scroll lock, ScrollArea) and Textarea would add
// ~13 KB gzip to the register's first load; only amendments to a finalised register need them.
const AmendmentDialog = lazyComponent(() => import('./amendment-dialog'));
// Lazy too, though shown at once (below the rows): the start-time rule, its London clock and
// the confirmation it opens are needed only by those who finalise, and the register's first
// load has no bytes to spare. Fetched with the register's code for offline use
// (src/app/offline-preload.ts).
const FinaliseBar = lazyComponent(() => import('./finalise-bar'), 'FinaliseBar');

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
  const { session } = register;
  const marking = useRegisterMarking(register, canEdit, userId);
  // An amendment waiting for its reason shows on its row; cancelling it puts the row back,
  // the note's text included.
  const amending = marking.amendment.pending;
  const rows = useMemo(
    () => (amending ? withUnsaved(register, [amending]) : register).rows,
    [register, amending],
  );
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
        // Shown only where there is a keyboard (register.module.css), as are the key caps.
        <p className={`${classes.keyHelp} no-print`}>
          Keyboard: Tab to the register, arrows move, Space marks, or A, S, N, C or D marks a row
          and moves on.
        </p>
      )}
      <div
        onKeyDown={keyboard.onKeyDown}
        aria-label={`Register for session ${session.number}`}
        role="group"
        className={classes.register}
      >
        {rows.map((row, index) => (
          <RegisterRow
            key={row.enrolment.id}
            row={row}
            sessionId={session.id}
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
        <Suspense fallback={null}>
          <FinaliseBar
            register={register}
            unsaved={unsaved.failed}
            pending={finalise.isPending}
            onFinalise={() => finalise.mutate(session.version)}
          />
        </Suspense>
      )}
      {marking.amendment.used && (
        <Suspense fallback={null}>
          <AmendmentDialog
            pending={amending}
            row={register.rows.find((r) => r.enrolment.id === amending?.enrolmentId)}
            onCancel={marking.amendment.cancel}
            onConfirm={marking.amendment.confirm}
          />
        </Suspense>
      )}
    </Stack>
  );
}

import { TONE_TEXT } from '../../../components/tones';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { memo, useCallback } from 'react';
import type { RegisterRow as Row } from '../../../api/schemas/registers';
import type { MarkAttendance } from '../../../api/schemas/attendance';
import { summariseAbsences } from '../../../domain/absence';
import { countsAsAbsence, type MarkableCode } from '../../../domain/attendance-codes';
import { fullName } from '../../../domain/names';
import { FlagStatusBadge } from '../../../components/flag-status-badge';
import type { RowProblem } from '../api/register-cache';
import { CodeRadioGroup } from './code-radio-group';
import { NoteField } from './note-field';
import { RowProblemAlert } from './row-problem-alert';
import type { FocusStore } from './use-register-keyboard';
import classes from './register.module.css';

interface RegisterRowProps {
  row: Row;
  rowIndex: number;
  sessionNumber: number;
  sessionDate: string;
  threshold: number;
  focusStore: FocusStore;
  canEdit: boolean;
  problem: RowProblem | undefined;
  /** A change of this row not on the server: waiting to be sent, or failed. */
  saveState: 'waiting' | 'failed' | undefined;
  staffName: (id: string | null) => string;
  onChange: (enrolmentId: string, change: MarkAttendance) => void;
  onRecordAgreement: (row: Row) => void;
  onResolveProblem: (enrolmentId: string, choice: 'mine' | 'theirs', mine: MarkAttendance) => void;
  registerRef: (rowIndex: number, optionIndex: number, el: HTMLButtonElement | null) => void;
  onFocusOption: (rowIndex: number, optionIndex: number) => void;
}

export const RegisterRow = memo(function RegisterRow(props: RegisterRowProps) {
  const { row, rowIndex, sessionNumber, sessionDate, threshold, problem, onChange } = props;
  const name = fullName(row.enrolment.participant);
  const nameId = `name-${row.enrolment.id}`;
  const code = row.record?.code ?? null;
  // Absences so far: earlier sessions plus this one as marked now (DOMAIN.md absence threshold).
  const summary = summariseAbsences(
    [
      ...row.otherSessions.filter((s) => s.sessionNumber < sessionNumber),
      { sessionNumber, date: sessionDate, topic: '', code },
    ],
    { threshold, joinedOn: row.enrolment.joinedOn },
  );
  const noAgreement = !row.enrolment.agreementRecordedAt;
  const enrolmentId = row.enrolment.id;
  const choose = useCallback(
    (c: MarkableCode) => onChange(enrolmentId, { code: c }),
    [onChange, enrolmentId],
  );

  return (
    <div className={classes.row} role="group" aria-labelledby={nameId}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs" px="xs">
        <Stack gap={4} miw={200}>
          <Text fw={700} id={nameId}>
            {name}
          </Text>
          <Group gap={6}>
            <Text size="sm">Absences so far: {summary.absences}</Text>
            <FlagStatusBadge status={summary.status} />
            {code === null && (
              <Badge variant="outline" color={TONE_TEXT.neutral}>
                Not yet marked
              </Badge>
            )}
            {props.saveState && (
              <Badge
                variant="outline"
                color={props.saveState === 'failed' ? TONE_TEXT.danger : TONE_TEXT.warning}
              >
                {props.saveState === 'failed' ? 'Not saved' : 'Not sent yet'}
              </Badge>
            )}
          </Group>
          {noAgreement && (
            <Group gap={6}>
              <Text size="sm" c="red.9">
                Group agreement not recorded
              </Text>
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => props.onRecordAgreement(row)}
                aria-label={`Record group agreement for ${name}`}
              >
                Record agreement
              </Button>
            </Group>
          )}
        </Stack>
        <CodeRadioGroup
          rowIndex={rowIndex}
          name={name}
          nameId={nameId}
          value={code}
          focusStore={props.canEdit ? props.focusStore : null}
          presentBlocked={noAgreement}
          onChoose={choose}
          registerRef={props.registerRef}
          onFocusOption={props.onFocusOption}
        />
      </Group>
      <Group gap="md" px="xs" mt={6} wrap="wrap" align="flex-end">
        <NoteField
          key={row.record?.note ?? ''}
          name={name}
          initial={row.record?.note ?? ''}
          onSave={(note) => onChange(row.enrolment.id, { note })}
        />
        {code !== null && countsAsAbsence(code) && (
          // A native checkbox: Mantine's Checkbox costs the register 3.4 KB gzip for one box.
          <label className={classes.check}>
            <input
              type="checkbox"
              checked={row.record?.catchUpSent ?? false}
              onChange={(e) => onChange(row.enrolment.id, { catchUpSent: e.currentTarget.checked })}
            />
            Catch-up material sent to {name}
          </label>
        )}
      </Group>
      <RowProblemAlert
        name={name}
        problem={problem}
        staffName={props.staffName}
        onResolve={(choice, mine) => props.onResolveProblem(row.enrolment.id, choice, mine)}
      />
    </div>
  );
});

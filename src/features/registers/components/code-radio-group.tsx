import { Group, UnstyledButton } from '@mantine/core';
import { attendanceLabel, attendanceShortcut, MARKABLE_CODES, type AttendanceCode, type MarkableCode } from '../../../domain/attendance-codes';
import classes from './register.module.css';

interface CodeRadioGroupProps {
  rowIndex: number;
  name: string;
  nameId: string;
  value: AttendanceCode | null;
  /** The one option of the whole register that Tab reaches (roving tabindex), or null. */
  tabStop: number | null;
  presentBlocked: boolean;
  onChoose: (code: MarkableCode) => void;
  registerRef: (rowIndex: number, optionIndex: number, el: HTMLButtonElement | null) => void;
  onFocusOption: (rowIndex: number, optionIndex: number) => void;
}

/** One row's marks: a radio group named by the participant, options labelled as the issue asks. */
export function CodeRadioGroup({ rowIndex, nameId, value, tabStop, presentBlocked, onChoose, registerRef, onFocusOption }: CodeRadioGroupProps) {
  return (
    <Group gap={6} role="radiogroup" aria-labelledby={nameId} wrap="wrap">
      {MARKABLE_CODES.map((code, optionIndex) => {
        const checked = value === code;
        const blocked = presentBlocked && (code === 5 || code === 6);
        return (
          <UnstyledButton
            key={code}
            ref={(el) => registerRef(rowIndex, optionIndex, el)}
            role="radio"
            aria-checked={checked}
            aria-disabled={blocked || undefined}
            aria-keyshortcuts={attendanceShortcut[code]}
            aria-label={attendanceLabel(code)}
            tabIndex={tabStop === optionIndex ? 0 : -1}
            className={classes.option}
            data-code={code}
            data-checked={checked || undefined}
            onFocus={() => onFocusOption(rowIndex, optionIndex)}
            onClick={() => {
              if (!blocked) onChoose(code);
            }}
          >
            <span aria-hidden="true" className={classes.key}>{attendanceShortcut[code]}</span>
            <span aria-hidden="true">{attendanceLabel(code)}</span>
          </UnstyledButton>
        );
      })}
    </Group>
  );
}

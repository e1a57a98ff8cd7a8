import { memo } from 'react';
import {
  attendanceLabel,
  attendanceShortcut,
  countsAsAttended,
  MARKABLE_CODES,
  type AttendanceCode,
  type MarkableCode,
} from '../../../domain/attendance-codes';
import classes from './register.module.css';
import { useRowTabStop, type FocusStore } from './use-register-keyboard';

interface CodeRadioGroupProps {
  rowIndex: number;
  name: string;
  nameId: string;
  value: AttendanceCode | null;
  /** Where the register's one tab stop is (roving tabindex); null when marking is not allowed. */
  focusStore: FocusStore | null;
  presentBlocked: boolean;
  onChoose: (code: MarkableCode) => void;
  registerRef: (rowIndex: number, optionIndex: number, el: HTMLButtonElement | null) => void;
  onFocusOption: (rowIndex: number, optionIndex: number) => void;
}

/** One row's marks: a radio group named by the participant, options labelled as the issue asks. */
// Plain buttons and a subscription of its own: moving focus re-renders this group only.
export const CodeRadioGroup = memo(function CodeRadioGroup({
  rowIndex,
  nameId,
  value,
  focusStore,
  presentBlocked,
  onChoose,
  registerRef,
  onFocusOption,
}: CodeRadioGroupProps) {
  const tabStop = useRowTabStop(focusStore, rowIndex);
  return (
    <div role="radiogroup" aria-labelledby={nameId} className={classes.options}>
      {MARKABLE_CODES.map((code, optionIndex) => {
        const checked = value === code;
        const blocked = presentBlocked && countsAsAttended(code);
        return (
          <button
            type="button"
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
            <span aria-hidden="true" className={classes.key}>
              {attendanceShortcut[code]}
            </span>
            <OptionLabel label={attendanceLabel(code)} />
          </button>
        );
      })}
    </div>
  );
});

/** The label as shown: an aside in brackets ("Cancelled (gave notice)") only where the row has
 * room, so what shows is always the start of the accessible name (WCAG 2.5.3). */
function OptionLabel({ label }: { label: string }) {
  const aside = label.indexOf(' (');
  return (
    <span aria-hidden="true">
      {aside < 0 ? label : label.slice(0, aside)}
      {aside >= 0 && <span className={classes.aside}>{label.slice(aside)}</span>}
    </span>
  );
}

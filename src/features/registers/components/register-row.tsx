import { memo, Suspense, useCallback, useRef, useState } from 'react';
import type { RegisterRow as Row } from '../../../api/schemas/registers';
import type { MarkAttendance } from '../../../api/schemas/attendance';
import { summariseAbsences } from '../../../domain/absence';
import {
  countsAsAbsence,
  countsAsAttended,
  type MarkableCode,
} from '../../../domain/attendance-codes';
import { ALERT_HEADLINE } from '../../../domain/safety-alerts';
import { lazyComponent } from '../../../lib/lazy-component';
import { fullName } from '../../../domain/names';
import type { RowProblem } from '../api/register-cache';
import { CodeRadioGroup } from './code-radio-group';
import { NoteField } from './note-field';
import { MeasuresToggle } from './measures-toggle';
import { NoteToggle } from './note-toggle';
import { ReadOnlyRow } from './read-only-row';
import { RowBadge, RowFlagBadge } from './row-badge';
import { RowProblemAlert } from './row-problem-alert';
import type { FocusStore } from './use-register-keyboard';
import classes from './register.module.css';
import { CourseMessageStatus, materialSent } from './course-message-status';

const MeasuresPanel = lazyComponent(() => import('./measures-panel'));

interface RegisterRowProps {
  row: Row;
  sessionId: string;
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
  // Absences so far: earlier sessions plus this one as marked now (docs/domain.md absence threshold).
  const summary = summariseAbsences(
    [
      ...row.otherSessions.filter((s) => s.sessionNumber < sessionNumber),
      { sessionNumber, date: sessionDate, topic: '', code },
    ],
    { threshold, joinedOn: row.enrolment.joinedOn },
  );
  const noAgreement = !row.enrolment.agreementRecordedAt;
  const enrolmentId = row.enrolment.id;
  const note = row.record?.note ?? '';
  // The note sits behind a button so that a row is one line; it opens under the row.
  const [noteOpen, setNoteOpen] = useState(false);
  const noteButton = useRef<HTMLButtonElement>(null);
  // Focus goes to the field when the user opens it, not each time it is rebuilt for a new note.
  const focusNote = useRef(false);
  const noteInput = useCallback((el: HTMLInputElement | null) => {
    if (el && focusNote.current) el.focus();
    focusNote.current = false;
  }, []);
  const toggleNote = () => {
    focusNote.current = !noteOpen;
    setNoteOpen(!noteOpen);
  };
  const closeNote = useCallback(() => {
    noteButton.current?.focus(); // the field's blur saves it
    setNoteOpen(false);
  }, []);
  const [measuresOpen, setMeasuresOpen] = useState(false);
  const measuresButton = useRef<HTMLButtonElement>(null);
  const closeMeasures = useCallback(() => {
    setMeasuresOpen(false);
    measuresButton.current?.focus();
  }, []);
  const choose = useCallback(
    (c: MarkableCode) => onChange(enrolmentId, { code: c }),
    [onChange, enrolmentId],
  );

  return (
    <div className={classes.row} role="group" aria-labelledby={nameId}>
      <div className={classes.who}>
        <span className={classes.name} id={nameId}>
          {name}
        </span>
        <span>Absences: {summary.absences}</span>
        <RowFlagBadge status={summary.status} />
        {row.measures.openAlert && <RowBadge tone="danger">{ALERT_HEADLINE}</RowBadge>}
        {props.saveState && (
          <RowBadge outline tone={props.saveState === 'failed' ? 'danger' : 'warning'}>
            {props.saveState === 'failed' ? 'Not saved' : 'Not sent yet'}
          </RowBadge>
        )}
        {noAgreement && props.canEdit && (
          <button
            type="button"
            className={classes.agreement}
            onClick={() => props.onRecordAgreement(row)}
            aria-label={`Record group agreement for ${name}`}
          >
            Record group agreement
          </button>
        )}
      </div>
      {props.canEdit ? (
        <>
          <CodeRadioGroup
            rowIndex={rowIndex}
            name={name}
            nameId={nameId}
            value={code}
            focusStore={props.focusStore}
            presentBlocked={noAgreement}
            onChoose={choose}
            registerRef={props.registerRef}
            onFocusOption={props.onFocusOption}
          />
          <div className={classes.extras}>
            {code !== null && countsAsAbsence(code) && !materialSent(row) && (
              // Material sent by hand (post, a call): Notify's own sending shows below instead.
              // A native checkbox: Mantine's Checkbox costs the register 3.4 KB gzip for one box.
              <label className={classes.check}>
                <input
                  type="checkbox"
                  aria-label={`Catch-up sent by hand to ${name}`}
                  checked={row.record?.catchUpSent ?? false}
                  onChange={(e) => onChange(enrolmentId, { catchUpSent: e.currentTarget.checked })}
                />
                {/* Short, so an absent row stays one line; its name says what was sent. */}
                Sent by hand
              </label>
            )}
            <CourseMessageStatus row={row} />
            {code !== null && countsAsAttended(code) && (
              <MeasuresToggle
                name={name}
                measures={row.measures}
                open={measuresOpen}
                onToggle={() => setMeasuresOpen(!measuresOpen)}
                ref={measuresButton}
              />
            )}
            <NoteToggle
              name={name}
              note={note}
              open={noteOpen}
              onToggle={toggleNote}
              ref={noteButton}
            />
          </div>
          {noteOpen && (
            <NoteField
              key={note}
              id={`note-${enrolmentId}`}
              name={name}
              initial={note}
              onSave={(text) => onChange(enrolmentId, { note: text })}
              onDone={closeNote}
              inputRef={noteInput}
            />
          )}
          {measuresOpen && code !== null && countsAsAttended(code) && (
            <Suspense fallback={<span>Loading the measures…</span>}>
              <MeasuresPanel
                sessionId={props.sessionId}
                enrolmentId={enrolmentId}
                name={name}
                measures={row.measures}
                onDone={closeMeasures}
              />
            </Suspense>
          )}
        </>
      ) : (
        <ReadOnlyRow row={row} />
      )}
      <RowProblemAlert
        name={name}
        problem={problem}
        staffName={props.staffName}
        onResolve={(choice, mine) => props.onResolveProblem(enrolmentId, choice, mine)}
      />
    </div>
  );
});

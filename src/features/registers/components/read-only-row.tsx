import type { RegisterRow as Row } from '../../../api/schemas/registers';
import { attendanceLabel, countsAsAbsence } from '../../../domain/attendance-codes';
import { CourseMessageStatus, materialSent } from './course-message-status';
import classes from './register.module.css';

/** A row that cannot be changed here, as text: the mark in words, the catch-up and the note
 * if there are any. No button, box or field that would look as if it could be used. */
export function ReadOnlyRow({ row }: { row: Row }) {
  const code = row.record?.code ?? null;
  const note = row.record?.note ?? '';
  return (
    <>
      <p className={classes.readOnlyMark}>{code === null ? 'Not marked' : attendanceLabel(code)}</p>
      <div className={classes.extras}>
        {code !== null && countsAsAbsence(code) && !materialSent(row) && (
          <span>{row.record?.catchUpSent ? 'Catch-up sent by hand' : 'Catch-up not sent'}</span>
        )}
        <CourseMessageStatus row={row} />
        {note && <span>Note: {note}</span>}
        {!row.enrolment.agreementRecordedAt && <span>Group agreement not recorded</span>}
      </div>
    </>
  );
}

import { Stack, Table, Text, Title } from '@mantine/core';
import { TableScroll } from '../../../components/table-scroll';
import type { Register } from '../../../api/schemas/registers';
import { summariseAbsences } from '../../../domain/absence';
import { attendanceLabel, MARKABLE_CODES } from '../../../domain/attendance-codes';
import { fullName } from '../../../domain/names';
import { formatDate, formatDateTime } from '../../../lib/format';
import classes from './print-register.module.css';

const FLAG_WORDS = { ok: '', at_risk: 'At risk', breached: 'Breached' } as const;

/** Where the register stands: a draft, finalised, or changed since (amended) and when. */
export function registerStateText({ session, rows }: Register): string {
  const finalisedAt = session.registerFinalisedAt;
  if (!finalisedAt) {
    const marked = rows.filter((r) => r.record?.code != null).length;
    return `Draft: not finalised (${marked} of ${rows.length} marked)`;
  }
  const amendedAt = rows
    .map((r) => r.record?.updatedAt ?? '')
    .filter((at) => at > finalisedAt)
    .sort()
    .at(-1);
  return amendedAt
    ? `Finalised ${formatDateTime(finalisedAt)}, amended since (last ${formatDateTime(amendedAt)})`
    : `Finalised ${formatDateTime(finalisedAt)}`;
}

/** A paper register that also serves as the backup when the app cannot be used: its state,
 * each person's absences so far and flag, a box per code (ticked where marked, blank to tick by
 * hand) and a line for notes. */
export function PrintRegister({ register }: { register: Register }) {
  const { session, cohort } = register;
  return (
    <Stack gap="sm" className={classes.sheet}>
      <Title order={1} size="h2">
        {cohort.name}: session {session.number}
      </Title>
      <Text>
        {formatDate(session.date)} at {session.startTime} · {session.topic}
      </Text>
      <Text>Staff: {cohort.facilitators.map((f) => f.name).join(', ')}</Text>
      <Text fw={700}>{registerStateText(register)}</Text>
      <Text size="sm">
        Tick one box a person: 5 attended · 6 late, seen · 7 late, not seen · 2 cancelled (gave
        notice) · 3 did not attend. Absences so far count this session as marked.
      </Text>
      <TableScroll label="Register, scrolls sideways">
        <Table withTableBorder withColumnBorders aria-label="Register">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Participant</Table.Th>
              <Table.Th scope="col">Absences so far</Table.Th>
              <Table.Th scope="col">Flag</Table.Th>
              {MARKABLE_CODES.map((code) => (
                <Table.Th scope="col" key={code} className={classes.code}>
                  <abbr title={attendanceLabel(code)}>{code}</abbr>
                </Table.Th>
              ))}
              <Table.Th scope="col">Note</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {register.rows.map((row) => {
              const code = row.record?.code ?? null;
              const summary = summariseAbsences(
                [
                  ...row.otherSessions.filter((s) => s.sessionNumber < session.number),
                  { sessionNumber: session.number, date: session.date, topic: '', code },
                ],
                { threshold: register.absenceThreshold, joinedOn: row.enrolment.joinedOn },
              );
              return (
                <Table.Tr key={row.enrolment.id}>
                  <Table.Th scope="row">{fullName(row.enrolment.participant)}</Table.Th>
                  <Table.Td>{summary.absences}</Table.Td>
                  <Table.Td>{FLAG_WORDS[summary.status]}</Table.Td>
                  {MARKABLE_CODES.map((c) => (
                    <Table.Td key={c} className={classes.code}>
                      <span
                        className={classes.box}
                        role="img"
                        aria-label={`${attendanceLabel(c)}: ${c === code ? 'ticked' : 'blank'}`}
                      >
                        {c === code ? '✕' : ''}
                      </span>
                    </Table.Td>
                  ))}
                  <Table.Td>
                    {row.record?.note ? row.record.note : <div className={classes.line} />}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Text size="sm">Taken by (name and signature): ______________________________</Text>
    </Stack>
  );
}

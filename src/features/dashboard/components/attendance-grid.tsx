import { Table, Text, VisuallyHidden } from '@mantine/core';
import type { CohortDashboard, GridCell } from '../../../api/schemas/dashboard';
import { FlagStatusBadge } from '../../../components/flag-status-badge';
import { TableScroll } from '../../../components/table-scroll';
import { TONES } from '../../../components/tones';
import { attendanceLabel, countsAsAbsence } from '../../../domain/attendance-codes';
import { formatDate } from '../../../lib/format';

const COMPLETION = {
  completed: 'Completed',
  on_track: 'On track',
  cannot_complete: 'Cannot complete',
} as const;

function cellText(cell: GridCell): { short: string; label: string } {
  if (cell.state === 'not_enrolled') return { short: '', label: 'Not enrolled' };
  if (cell.state === 'future') return { short: '', label: 'Not held yet' };
  if (cell.code === null) return { short: '–', label: 'Not marked' };
  return { short: String(cell.code), label: attendanceLabel(cell.code) };
}

/** Sessions across, participants down, attendance codes in the cells. Each cell is read out in
 * full ("Session 3, Did not attend"); the visible code is the NHS code used in the exports. */
export function AttendanceGrid({ data }: { data: CohortDashboard }) {
  return (
    <TableScroll label="Attendance grid, scrolls sideways">
      <Table miw={760} withTableBorder withColumnBorders striped verticalSpacing={4}>
        <caption>
          Attendance by participant and session. Codes: 5 attended, 6 late but seen, 7 late and not
          seen, 2 cancelled with notice, 3 did not attend, 4 cancelled by the service, – not marked
          yet.
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Participant</Table.Th>
            {data.sessions.map((s) => (
              <Table.Th key={s.sessionId} scope="col" ta="center">
                Session {s.number}
                <Text component="span" display="block" size="xs" fw={400}>
                  {formatDate(s.date).slice(4, -5)}
                </Text>
              </Table.Th>
            ))}
            <Table.Th scope="col">Attended</Table.Th>
            <Table.Th scope="col">Flag</Table.Th>
            <Table.Th scope="col">Completion</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.participants.map((p) => (
            <Table.Tr key={p.enrolmentId}>
              <Table.Th scope="row" fw={400}>
                {p.name}
                {p.status !== 'active' && p.status !== 'confirmed' && (
                  <Text component="span" display="block" size="xs" c="dimmed">
                    {p.status.replace(/_/g, ' ')}
                  </Text>
                )}
              </Table.Th>
              {p.cells.map((cell) => {
                const { short, label } = cellText(cell);
                const absent = cell.code !== null && countsAsAbsence(cell.code);
                return (
                  <Table.Td
                    key={cell.sessionNumber}
                    ta="center"
                    fw={absent ? 700 : 400}
                    c={absent ? TONES.danger : undefined}
                  >
                    <span aria-hidden="true">{short}</span>
                    <VisuallyHidden>{`Session ${cell.sessionNumber}, ${label}`}</VisuallyHidden>
                  </Table.Td>
                );
              })}
              <Table.Td>
                {p.attended} of {data.completionMinSessions} needed
              </Table.Td>
              <Table.Td>{p.flag === 'ok' ? 'None' : <FlagStatusBadge status={p.flag} />}</Table.Td>
              <Table.Td>{COMPLETION[p.completion]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

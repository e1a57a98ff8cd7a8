import { Stack, Table, Text, Title } from '@mantine/core';
import type { Register } from '../../../api/schemas/registers';
import { attendanceLabel } from '../../../domain/attendance-codes';
import { formatDate } from '../../../lib/format';

/** A paper register: names, codes (blank when not marked) and staff, for printing. */
export function PrintRegister({ register }: { register: Register }) {
  const { session, cohort } = register;
  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {cohort.name}: session {session.number}
      </Title>
      <Text>
        {formatDate(session.date)} at {session.startTime} · {session.topic}
      </Text>
      <Text>Staff: {cohort.facilitators.map((f) => f.name).join(', ')}</Text>
      <Text size="sm">
        Codes: 5 attended · 6 late, seen · 7 late, not seen · 2 cancelled (gave notice) · 3 did not
        attend
      </Text>
      <Table withTableBorder withColumnBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Participant</Table.Th>
            <Table.Th scope="col">Code</Table.Th>
            <Table.Th scope="col">Meaning</Table.Th>
            <Table.Th scope="col">Note</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {register.rows.map((row) => {
            const code = row.record?.code ?? null;
            return (
              <Table.Tr key={row.enrolment.id}>
                <Table.Td>
                  {row.enrolment.participant.givenName} {row.enrolment.participant.familyName}
                </Table.Td>
                <Table.Td w={70}>{code ?? ''}</Table.Td>
                <Table.Td w={200}>{code !== null ? attendanceLabel(code) : ''}</Table.Td>
                <Table.Td>{row.record?.note ?? ''}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

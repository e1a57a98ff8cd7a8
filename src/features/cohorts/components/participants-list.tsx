import { Group, Table, Text, Title } from '@mantine/core';
import { TableScroll } from '../../../components/table-scroll';
import type { Session } from '../../../api/schemas/cohorts';
import type { RosterEntry } from '../../../api/schemas/participants';
import type { Role } from '../../../api/schemas/staff';
import { FlagStatusBadge } from '../../../components/flag-status-badge';
import { fullName } from '../../../domain/names';
import { can } from '../../../domain/policy';
import { EnrolmentHistoryButton } from './enrolment-history-button';
import { ENROLMENT_LABEL } from './enrolment-labels';
import { canActOnPlaces, ParticipantActions } from './participant-actions';
import { count } from '../../../domain/plural';

export function ParticipantsList({
  roster,
  sessions,
  role,
}: {
  roster: RosterEntry[];
  sessions: Session[];
  role: Role;
}) {
  return (
    <section aria-labelledby="participants-heading">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="participants-heading">
          Participants
        </Title>
        <Text size="sm" c="dimmed">
          {count(roster.length, 'enrolment')} · {roster.filter((r) => r.flagStatus !== 'ok').length}{' '}
          flagged for absences
        </Text>
      </Group>
      {roster.length === 0 ? (
        <Text>No one is enrolled yet.</Text>
      ) : (
        <TableScroll>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Enrolment</Table.Th>
                <Table.Th scope="col">Group agreement</Table.Th>
                <Table.Th scope="col">Absences</Table.Th>
                {canActOnPlaces(role) && <Table.Th scope="col">Actions</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {roster.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{fullName(r.participant)}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      {ENROLMENT_LABEL[r.status]}
                      <EnrolmentHistoryButton entry={r} auditTrail={can(role, 'audit.read')} />
                    </Group>
                  </Table.Td>
                  <Table.Td>{r.agreementRecordedAt ? 'Recorded' : 'Not yet recorded'}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      {r.absences}
                      <FlagStatusBadge status={r.flagStatus} />
                    </Group>
                  </Table.Td>
                  {canActOnPlaces(role) && (
                    <Table.Td>
                      <ParticipantActions entry={r} sessions={sessions} role={role} />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

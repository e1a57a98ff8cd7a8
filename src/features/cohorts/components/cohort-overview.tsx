import { Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { CohortDetail, Session } from '../../../api/schemas/cohorts';
import type { Role } from '../../../api/schemas/staff';
import { ENROLMENT_LABEL } from './enrolment-labels';
import { EnrolmentHistoryButton } from './enrolment-history-button';
import { ParticipantActions } from './participant-actions';
import { SessionActions } from './session-actions';
import type { RosterEntry } from '../../../api/schemas/participants';
import { formatDate, weekdayName } from '../../../lib/format';
import { CohortStatusBadge, Places } from './cohort-badges';
import { ToneBadge } from '../../../components/tone-badge';
import { canActOnPlaces } from './participant-actions';

export function CohortFacts({ detail }: { detail: CohortDetail }) {
  const c = detail.cohort;
  return (
    <Card withBorder mb="md">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <Fact label="Status">
          <CohortStatusBadge status={c.status} />
        </Fact>
        <Fact label="When">{`${weekdayName(c.startDate)}s at ${c.startTime}, ${c.sessionLengthMinutes} minutes`}</Fact>
        <Fact label="Delivery">
          {c.delivery === 'online' ? 'Online (video)' : `Face to face: ${c.venue}`}
        </Fact>
        <Fact label="Places">
          <Places filled={c.filled} capacity={c.capacity} status={c.status} />
        </Fact>
        <Fact label="Facilitators">
          {c.facilitators.map((f) => `${f.name} (${f.discipline ?? 'staff'})`).join(', ')}
        </Fact>
        {c.cancelReason && <Fact label="Cancelled because">{c.cancelReason}</Fact>}
      </SimpleGrid>
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

export function SessionsList({ detail, canChange }: { detail: CohortDetail; canChange: boolean }) {
  return (
    <section aria-labelledby="sessions-heading">
      <Title order={2} size="h3" id="sessions-heading" mb="xs">
        Sessions
      </Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Session</Table.Th>
            <Table.Th scope="col">Date</Table.Th>
            <Table.Th scope="col">Topic</Table.Th>
            <Table.Th scope="col">Register</Table.Th>
            {canChange && <Table.Th scope="col">Change</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {detail.sessions.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{s.number}</Table.Td>
              <Table.Td>
                {formatDate(s.date)} {s.startTime}
              </Table.Td>
              <Table.Td>{s.topic}</Table.Td>
              <Table.Td>
                {s.status === 'cancelled_by_provider' ? (
                  <ToneBadge tone="danger">Cancelled by provider</ToneBadge>
                ) : s.registerFinalisedAt ? (
                  <ToneBadge tone="success">Finalised</ToneBadge>
                ) : (
                  <Text size="sm" component="span">
                    Not finalised
                  </Text>
                )}
              </Table.Td>
              {canChange && (
                <Table.Td>
                  <SessionActions session={s} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

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
          {roster.length} enrolments · {roster.filter((r) => r.flagStatus !== 'ok').length} flagged
          for absences
        </Text>
      </Group>
      {roster.length === 0 ? (
        <Text>No one is enrolled yet.</Text>
      ) : (
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
                <Table.Td>
                  {r.participant.givenName} {r.participant.familyName}
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {ENROLMENT_LABEL[r.status]}
                    <EnrolmentHistoryButton entry={r} />
                  </Group>
                </Table.Td>
                <Table.Td>{r.agreementRecordedAt ? 'Recorded' : 'Not yet recorded'}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {r.absences}
                    {r.flagStatus === 'at_risk' && <ToneBadge tone="warning">At risk</ToneBadge>}
                    {r.flagStatus === 'breached' && <ToneBadge tone="danger">Breached</ToneBadge>}
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
      )}
    </section>
  );
}

import { Table, Text, Title } from '@mantine/core';
import { TableScroll } from '../../../components/table-scroll';
import type { CohortDetail } from '../../../api/schemas/cohorts';
import { ToneBadge } from '../../../components/tone-badge';
import { formatDate } from '../../../lib/format';
import { SessionActions } from './session-actions';

export function SessionsList({ detail, canChange }: { detail: CohortDetail; canChange: boolean }) {
  return (
    <section aria-labelledby="sessions-heading">
      <Title order={2} size="h3" id="sessions-heading" mb="xs">
        Sessions
      </Title>
      <TableScroll label="Schedule, scrolls sideways">
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
                <Table.Td>
                  {s.topic}
                  {s.videoLink && (
                    <Text size="sm" c="dimmed">
                      Its own video link
                    </Text>
                  )}
                </Table.Td>
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
                    <SessionActions session={s} online={detail.cohort.delivery === 'online'} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </section>
  );
}

import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../../components/query-state';
import { ACCESS_ACTIONS, type AccessAction } from '../../../domain/access-actions';
import { formatDateTime } from '../../../lib/format';
import { auditQueries } from '../api/audit-queries';
import { count } from '../../../domain/plural';

/** Views and exports of one person's records: who was shown them, when, and by which read (a
 * list says how many people it showed). Read from the access log, beside the audit trail. */
export function AccessLog({ participantId }: { participantId: string }) {
  const access = useQuery(auditQueries.access(participantId));
  return (
    <Stack gap="sm" component="section" aria-labelledby="access-heading">
      <QueryState query={access} label="views and exports">
        {(page) => (
          <>
            <Title order={2} size="h3" id="access-heading">
              Views and exports of {page.person ?? 'this person'}’s records
            </Title>
            {page.items.length === 0 ? (
              <Text size="sm">Nobody has been shown their records yet.</Text>
            ) : (
              <Table.ScrollContainer minWidth={640}>
                <Table striped>
                  <caption className="visually-hidden">Views and exports</caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">When (London)</Table.Th>
                      <Table.Th scope="col">Who</Table.Th>
                      <Table.Th scope="col">What</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((e) => (
                      <Table.Tr key={e.id}>
                        <Table.Td>{formatDateTime(e.at)}</Table.Td>
                        <Table.Td>
                          {e.actorName} ({e.actorRole})
                        </Table.Td>
                        <Table.Td>
                          {ACCESS_ACTIONS[e.action as AccessAction].words}
                          {e.shown !== null && ` (${count(e.shown, 'person', 'people')} shown)`}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {page.total > page.items.length && (
              <Text size="sm">
                The {page.items.length} most recent of {page.total}.
              </Text>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

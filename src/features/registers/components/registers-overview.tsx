import { Alert, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { TableScroll } from '../../../components/table-scroll';
import type { RegisterListItem } from '../../../api/schemas/registers';
import { AnchorLink } from '../../../components/anchor-link';
import { ToneBadge } from '../../../components/tone-badge';
import { TONE_TEXT, type Tone } from '../../../components/tones';
import { registerState, type RegisterState } from '../../../domain/register-state';
import { formatDate } from '../../../lib/format';
import { count, pluralWord } from '../../../domain/plural';

const STATE: Record<RegisterState, { label: string; tone: Tone }> = {
  today: { label: 'Today', tone: 'info' },
  overdue: { label: 'Overdue', tone: 'danger' },
  complete: { label: 'Marked, not finalised', tone: 'warning' },
  finalised: { label: 'Finalised', tone: 'success' },
  upcoming: { label: 'Upcoming', tone: 'neutral' },
  cancelled: { label: 'Cancelled by provider', tone: 'neutral' },
};

function stateOf(item: RegisterListItem, today: string) {
  return registerState(
    {
      date: item.session.date,
      cancelledByProvider: item.session.status === 'cancelled_by_provider',
      finalised: Boolean(item.session.registerFinalisedAt),
      marked: item.marked,
      expected: item.expected,
    },
    today,
  );
}

function SessionLink({ item }: { item: RegisterListItem }) {
  return (
    <AnchorLink to="/registers/$sessionId" params={{ sessionId: item.session.id }} fw={600}>
      {item.cohortName}: session {item.session.number}
    </AnchorLink>
  );
}

/** Today's and overdue registers first (what a facilitator needs minutes before a session). */
export function RegistersOverview({ items, today }: { items: RegisterListItem[]; today: string }) {
  const withState = items.map((item) => ({ item, state: stateOf(item, today) }));
  const todays = withState.filter((x) => x.item.session.date === today && x.state !== 'cancelled');
  const overdue = withState.filter((x) => x.state === 'overdue');
  const cohorts = [...new Set(items.map((i) => i.cohortId))].map((id) =>
    withState.filter((x) => x.item.cohortId === id),
  );

  return (
    <Stack gap="lg">
      {overdue.length > 0 && (
        <Alert
          color={TONE_TEXT.danger}
          title={`${count(overdue.length, 'register')} ${pluralWord(overdue.length, 'is', 'are')} overdue`}
          role="status"
        >
          <Stack gap={4}>
            {overdue.map(({ item }) => (
              <Group key={item.session.id} gap="xs">
                <SessionLink item={item} />
                <Text size="sm">
                  {formatDate(item.session.date)} · {item.marked} of {item.expected} marked
                </Text>
              </Group>
            ))}
          </Stack>
        </Alert>
      )}
      <section aria-labelledby="today-heading">
        <Title order={2} size="h3" id="today-heading" mb="xs">
          Today
        </Title>
        {todays.length === 0 ? (
          <Text>No sessions today.</Text>
        ) : (
          <Group>
            {todays.map(({ item, state }) => (
              <Card key={item.session.id} withBorder padding="sm" miw={280}>
                <Stack gap={4}>
                  <SessionLink item={item} />
                  <Text size="sm">
                    {item.session.startTime} · {item.session.topic}
                  </Text>
                  <Group gap="xs">
                    <ToneBadge tone={STATE[state].tone}>{STATE[state].label}</ToneBadge>
                    <Text size="sm">
                      {item.marked} of {item.expected} marked
                    </Text>
                  </Group>
                </Stack>
              </Card>
            ))}
          </Group>
        )}
      </section>
      {cohorts.map((sessions) => {
        const first = sessions[0]?.item;
        if (!first) return null;
        const headingId = `cohort-${first.cohortId}`;
        return (
          <section key={first.cohortId} aria-labelledby={headingId}>
            <Title order={2} size="h3" id={headingId} mb="xs">
              {first.cohortName}
            </Title>
            <TableScroll>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Session</Table.Th>
                    <Table.Th scope="col">Date</Table.Th>
                    <Table.Th scope="col">Topic</Table.Th>
                    <Table.Th scope="col">Marked</Table.Th>
                    <Table.Th scope="col">Register</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sessions.map(({ item, state }) => (
                    <Table.Tr key={item.session.id}>
                      <Table.Td>
                        <AnchorLink
                          to="/registers/$sessionId"
                          params={{ sessionId: item.session.id }}
                        >
                          Session {item.session.number}
                        </AnchorLink>
                      </Table.Td>
                      <Table.Td>{formatDate(item.session.date)}</Table.Td>
                      <Table.Td>{item.session.topic}</Table.Td>
                      <Table.Td>
                        {item.marked} / {item.expected}
                      </Table.Td>
                      <Table.Td>
                        <ToneBadge tone={STATE[state].tone}>{STATE[state].label}</ToneBadge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </section>
        );
      })}
    </Stack>
  );
}

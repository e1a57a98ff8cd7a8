import { Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { CohortReminders } from '../../../api/schemas/reminders';
import { QueryState } from '../../../components/query-state';
import { TableScroll } from '../../../components/table-scroll';
import { UNREACHABLE_LABELS } from '../../../domain/contact-preferences';
import { timeInWords } from '../../../domain/offer-message';
import { REMINDER_KIND_LABELS } from '../../../domain/reminders';
import { formatDate, formatDateTime } from '../../../lib/format';
import { reminderQueries } from '../api/reminder-queries';

type Person = CohortReminders['sessions'][number]['people'][number];

/** What a person's row says: what was sent, or why nothing was or will be. */
function statusOf(p: Person): string {
  const words = p.sent.map((r) => {
    const by = r.channel === 'email' ? 'email' : 'text';
    const kind = REMINDER_KIND_LABELS[r.kind].toLowerCase();
    if (r.outcome === 'sent') return `Reminded by ${by} (${kind}), ${formatDateTime(r.at)}`;
    if (r.outcome === 'not_sent') return `Not sent (${kind}): ${r.reason}`;
    return `Sending (${kind})`;
  });
  if (p.saidCannotCome) words.push('Said they cannot come: no reminder');
  else if (p.notReminded) words.push(`Not reminded: ${UNREACHABLE_LABELS[p.notReminded]}`);
  else if (words.length === 0) words.push('Not reminded yet');
  return words.join('; ');
}

/** The cohort page's reminders: for its recent and next sessions, who was reminded and who
 * was not, and why not (no mobile or email, opted out, letters only). */
export default function CohortRemindersSection({ cohortId }: { cohortId: string }) {
  const query = useQuery(reminderQueries.cohort(cohortId));
  return (
    <Stack gap="sm" component="section" aria-labelledby="reminders-heading">
      <Title order={2} id="reminders-heading" size="h3">
        Reminders
      </Title>
      <QueryState query={query} label="reminders">
        {(r) => (
          <>
            <Text size="sm">
              {r.templatesSet
                ? [
                    r.dayBeforeAt && `The day before at ${timeInWords(r.dayBeforeAt)}`,
                    r.twoHoursBefore && 'two hours before',
                  ]
                    .filter(Boolean)
                    .join(', and ') || 'No reminder times are set in Settings.'
                : 'Reminders are not sent: no reminder template is set in Settings.'}
            </Text>
            {r.sessions.length === 0 && <Text size="sm">No sessions this week or next.</Text>}
            {r.sessions.map((s) => (
              <Stack key={s.sessionId} gap={4}>
                <Title order={3} size="h4">
                  Session {s.number}, {formatDate(s.date)} at {timeInWords(s.startTime)}
                  {s.cancelled ? ' (cancelled: no reminders)' : ''}
                </Title>
                {s.joiningLink && <Text size="sm">Joining link: {s.joiningLink}</Text>}
                {s.people.length === 0 ? (
                  <Text size="sm">Nobody is placed for this session.</Text>
                ) : (
                  <TableScroll>
                    <Table aria-label={`Reminders for session ${s.number}`}>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">Person</Table.Th>
                          <Table.Th scope="col">Reminder</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {s.people.map((p) => (
                          <Table.Tr key={p.enrolmentId}>
                            <Table.Th scope="row">{p.name}</Table.Th>
                            <Table.Td>{statusOf(p)}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </TableScroll>
                )}
              </Stack>
            ))}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

import { List, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { CohortDashboard } from '../../../api/schemas/dashboard';
import { FlagStatusBadge } from '../../../components/flag-status-badge';
import { formatPercent } from '../figures';
import { count } from '../../../domain/plural';

/** A cohort's attendance, completion and flags in words, above the chart and grid. */
export function CohortFigures({ data }: { data: CohortDashboard }) {
  const flagged = data.participants.filter((p) => p.flag !== 'ok');
  const { completed, onTrack, cannotComplete } = data.completion;
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
      <Paper withBorder p="sm" component="section" aria-labelledby="cohort-attendance">
        <Title order={2} size="h5" id="cohort-attendance">
          Attendance
        </Title>
        <Text fz={28} fw={700}>
          {formatPercent(data.attendance.rate)}
        </Text>
        <Text size="sm" c="dimmed">
          {data.attendance.attended} of {data.attendance.due} sessions due attended (attended, or
          late and seen)
        </Text>
      </Paper>
      <Paper withBorder p="sm" component="section" aria-labelledby="cohort-completion">
        <Title order={2} size="h5" id="cohort-completion">
          Completion
        </Title>
        <Text fz={28} fw={700}>
          {completed} of {data.participants.length}
        </Text>
        <Text size="sm" c="dimmed">
          Completed means attending at least {data.completionMinSessions} sessions. {onTrack} on
          track, {cannotComplete} can no longer complete.
        </Text>
      </Paper>
      <Paper withBorder p="sm" component="section" aria-labelledby="cohort-flags">
        <Title order={2} size="h5" id="cohort-flags">
          Absence flags
        </Title>
        {flagged.length === 0 ? (
          <Text size="sm">
            No one is at risk or in breach (threshold {count(data.absenceThreshold, 'absence')}).
          </Text>
        ) : (
          <List spacing={4} size="sm" listStyleType="none" p={0}>
            {flagged.map((p) => (
              <List.Item key={p.enrolmentId}>
                {p.name}: {count(p.absences, 'absence')} <FlagStatusBadge status={p.flag} />
              </List.Item>
            ))}
          </List>
        )}
      </Paper>
    </SimpleGrid>
  );
}

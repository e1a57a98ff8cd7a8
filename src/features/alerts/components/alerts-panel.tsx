import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { TONE_TEXT } from '../../../components/tones';
import { ALERT_HEADLINE } from '../../../domain/safety-alerts';
import { formatDate, formatDateTime } from '../../../lib/format';
import { alertQueries } from '../api/alert-queries';
import { AlertReviewForm } from './alert-review-form';

/** Open safety alerts, oldest first, each with its review form: on the facilitators' home
 * page, the dashboard and, for its cohort, the register. Shows nothing when there are none;
 * says so when they cannot be loaded, since a missed alert is the hazard it guards against. */
export function AlertsPanel({ cohortId }: { cohortId?: string }) {
  const alerts = useQuery(alertQueries.list());
  if (alerts.isError)
    return (
      <Alert color={TONE_TEXT.danger} role="alert" title="Safety alerts could not be loaded">
        Reload the page. Until they load, check with the team for any PHQ-9 item 9 answers.
      </Alert>
    );
  const items = (alerts.data?.items ?? []).filter((a) => !cohortId || a.cohortId === cohortId);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="alerts-heading">
      <Paper withBorder p="sm" style={{ borderColor: 'var(--mantine-color-red-7)' }}>
        <Stack gap="sm">
          <Title order={2} size="h4" id="alerts-heading">
            {ALERT_HEADLINE} ({items.length})
          </Title>
          {items.map((alert) => (
            <Stack key={alert.id} gap={4}>
              <Text fw={700}>
                {alert.participantName}: {alert.cohortName}, session {alert.sessionNumber} (
                {formatDate(alert.sessionDate)})
              </Text>
              <Text size="sm">
                PHQ-9 item 9 answered above 0; raised {formatDateTime(alert.raisedAt)}. Review it
                today and record what was done.
              </Text>
              <AlertReviewForm alert={alert} />
            </Stack>
          ))}
        </Stack>
      </Paper>
    </section>
  );
}

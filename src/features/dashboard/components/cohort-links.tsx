import { List, Paper, Title } from '@mantine/core';
import type { DashboardSummary } from '../../../api/schemas/dashboard';
import { AnchorLink } from '../../../components/anchor-link';

/** Where to drill down: each cohort in the figures has its own dashboard. */
export function CohortLinks({ cohorts }: { cohorts: DashboardSummary['charts']['occupancy'] }) {
  if (cohorts.length === 0) return null;
  return (
    <Paper
      withBorder
      p="md"
      component="nav"
      aria-labelledby="cohort-dashboards-title"
      className="no-print"
    >
      <Title order={2} size="h4" id="cohort-dashboards-title" mb="xs">
        Cohort dashboards
      </Title>
      <List spacing={4}>
        {cohorts.map((c) => (
          <List.Item key={c.cohortId}>
            <AnchorLink to="/dashboard/cohorts/$cohortId" params={{ cohortId: c.cohortId }}>
              {c.name}
            </AnchorLink>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}

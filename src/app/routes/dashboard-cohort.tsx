// Chart styles load with this lazily loaded route only, keeping charts out of the first page's bundle.
import '@mantine/charts/styles.css';
import { Button, Paper, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { AnchorLink } from '../../components/anchor-link';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { dashboardQueries } from '../../features/dashboard/api/dashboard-queries';
import { AttendanceGrid } from '../../features/dashboard/components/attendance-grid';
import { CohortFigures } from '../../features/dashboard/components/cohort-figures';
import { CohortOutcomes } from '../../features/dashboard/components/cohort-outcomes';
import { SessionAttendanceChart } from '../../features/dashboard/components/session-attendance-chart';
import { formatDate } from '../../lib/format';

export default function DashboardCohortRoute() {
  const { cohortId } = useParams({ from: '/authed/dashboard/cohorts/$cohortId' });
  const dashboard = useQuery(dashboardQueries.cohort(cohortId));
  return (
    <Stack gap="md">
      <AnchorLink to="/dashboard" size="sm" className="no-print">
        ← Service dashboard
      </AnchorLink>
      <QueryState query={dashboard} label="this cohort's dashboard">
        {(d) => (
          <>
            <PageHeader
              title={`${d.cohort.name}: dashboard`}
              description={`${d.cohort.status[0]?.toUpperCase()}${d.cohort.status.slice(1)}, ${d.cohort.filled} of ${d.cohort.capacity} places filled. Figures as at ${formatDate(d.today)}.`}
              actions={
                <>
                  <AnchorLink
                    to="/cohorts/$cohortId"
                    params={{ cohortId: d.cohort.id }}
                    className="no-print"
                  >
                    Open the cohort
                  </AnchorLink>
                  <Button variant="default" className="no-print" onClick={() => window.print()}>
                    Print dashboard
                  </Button>
                </>
              }
            />
            <CohortFigures data={d} />
            <SessionAttendanceChart sessions={d.sessions} cohortName={d.cohort.name} />
            <CohortOutcomes cohortId={d.cohort.id} />
            <Paper withBorder p="md" component="section" aria-labelledby="grid-title">
              <Title order={2} size="h4" id="grid-title" mb="sm">
                Attendance by participant
              </Title>
              {d.participants.length === 0 ? (
                'No one has taken up a place in this cohort yet.'
              ) : (
                <AttendanceGrid data={d} />
              )}
            </Paper>
          </>
        )}
      </QueryState>
    </Stack>
  );
}

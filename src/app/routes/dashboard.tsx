// Chart styles load with this lazily loaded route only, keeping charts out of the first page's bundle.
import '@mantine/charts/styles.css';
import { Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { useSignedInUser } from '../../features/auth/auth-store';
import { dashboardQueries } from '../../features/dashboard/api/dashboard-queries';
import { AbsencesChart } from '../../features/dashboard/components/absences-chart';
import { CohortLinks } from '../../features/dashboard/components/cohort-links';
import { DashboardFilters } from '../../features/dashboard/components/dashboard-filters';
import { HeadlineFigures } from '../../features/dashboard/components/headline-figures';
import { OccupancyChart } from '../../features/dashboard/components/occupancy-chart';
import { OutcomeFigures } from '../../features/dashboard/components/outcome-figures';
import { WaitingChart } from '../../features/dashboard/components/waiting-chart';
import { WeekAttendanceChart } from '../../features/dashboard/components/week-attendance-chart';
import { filtersFromSearch, type DashboardSearch } from '../../features/dashboard/dashboard-search';
import { formatDate } from '../../lib/format';
import { can, seesOwnCohortsOnly } from '../../domain/policy';
import { OpenAlerts } from '../../features/alerts/components/open-alerts';
import { count, pluralWord } from '../../domain/plural';

export default function DashboardRoute() {
  const user = useSignedInUser();
  const search = useSearch({ from: '/authed/dashboard' });
  const navigate = useNavigate({ from: '/dashboard' });
  // The last figures stay on screen while a changed filter loads, so the page does not jump.
  const summary = useQuery({
    ...dashboardQueries.summary(filtersFromSearch(search)),
    placeholderData: keepPreviousData,
  });
  const onChange = (next: Partial<DashboardSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });

  return (
    <Stack gap="md">
      <PageHeader
        title="Service dashboard"
        description={
          seesOwnCohortsOnly(user.role)
            ? 'How the cohorts you facilitate are doing'
            : 'How the courses are doing across the service'
        }
        actions={
          <Button variant="default" className="no-print" onClick={() => window.print()}>
            Print dashboard
          </Button>
        }
      />
      {can(user.role, 'alert.read') && <OpenAlerts />}
      <DashboardFilters
        search={search}
        facilitators={summary.data?.facilitators ?? []}
        onChange={onChange}
      />
      <QueryState query={summary} label="the dashboard">
        {(d) => (
          <Stack gap="md" aria-busy={summary.isFetching}>
            <Text size="sm" c="dimmed">
              {count(d.cohortCount, 'cohort')} {pluralWord(d.cohortCount, 'matches', 'match')} these
              filters. Figures as at {formatDate(d.today)}.
            </Text>
            <HeadlineFigures headline={d.headline} />
            <Stack gap="xs" component="section" aria-labelledby="service-outcomes">
              <Title order={2} size="h4" id="service-outcomes">
                Outcomes in these cohorts
              </Title>
              <OutcomeFigures summary={d.outcomes} />
            </Stack>
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
              <WeekAttendanceChart weeks={d.charts.attendanceByWeek} period={d.chartPeriod} />
              <AbsencesChart months={d.charts.absencesByMonth} period={d.chartPeriod} />
              {d.charts.waitingByMonth && <WaitingChart points={d.charts.waitingByMonth} />}
              <OccupancyChart cohorts={d.charts.occupancy} />
            </SimpleGrid>
            <CohortLinks cohorts={d.charts.occupancy} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../../components/query-state';
import { dashboardQueries } from '../api/dashboard-queries';
import { OutcomeFigures } from './outcome-figures';
import { PersonScoresChart } from './person-scores-chart';

/** The cohort's outcome measures beside its attendance: the figures, then each person's chart. */
export function CohortOutcomes({ cohortId }: { cohortId: string }) {
  const outcomes = useQuery(dashboardQueries.outcomes(cohortId));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="outcomes-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="outcomes-title">
          Outcome measures
        </Title>
        <QueryState query={outcomes} label="the outcome measures">
          {(o) => {
            const measured = o.people.filter((p) => p.scores.length > 0);
            return (
              <>
                <OutcomeFigures summary={o.summary} />
                {measured.length === 0 ? (
                  <Text size="sm">No measures have been recorded for this cohort yet.</Text>
                ) : (
                  <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
                    {measured.map((p) => (
                      <PersonScoresChart key={p.enrolmentId} person={p} />
                    ))}
                  </SimpleGrid>
                )}
              </>
            );
          }}
        </QueryState>
      </Stack>
    </Paper>
  );
}

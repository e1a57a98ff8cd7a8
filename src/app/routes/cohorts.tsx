import { Button } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { useSignedInUser } from '../../features/auth/auth-store';
import { cohortQueries } from '../../features/cohorts/api/cohort-queries';
import type { CohortSearch } from '../../features/cohorts/cohort-search';
import { CohortsTable } from '../../features/cohorts/components/cohorts-table';
import { OpenAlerts } from '../../features/alerts/components/open-alerts';
import { can, seesOwnCohortsOnly } from '../../domain/policy';

export default function CohortsRoute() {
  const user = useSignedInUser();
  const search = useSearch({ from: '/authed/cohorts' });
  const navigate = useNavigate({ from: '/cohorts' });
  const cohorts = useQuery(cohortQueries.list());
  const onSearchChange = useCallback(
    (next: Partial<CohortSearch>) =>
      void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true }),
    [navigate],
  );

  return (
    <>
      <PageHeader
        title="Cohorts"
        description={
          seesOwnCohortsOnly(user.role)
            ? 'The cohorts you facilitate'
            : 'Every run of the course and workshop'
        }
        actions={
          can(user.role, 'cohort.manage') && (
            <Button onClick={() => void navigate({ to: '/cohorts/new' })}>New cohort</Button>
          )
        }
      />
      {can(user.role, 'alert.read') && <OpenAlerts />}
      <QueryState query={cohorts} label="cohorts">
        {(data) => (
          <CohortsTable cohorts={data.items} search={search} onSearchChange={onSearchChange} />
        )}
      </QueryState>
    </>
  );
}

import { Stack } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { AnchorLink } from '../../components/anchor-link';
import { HistoryLink } from '../../components/history-link';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { useSignedInUser } from '../../features/auth/auth-store';
import { cohortQueries } from '../../features/cohorts/api/cohort-queries';
import { CohortAdminActions } from '../../features/cohorts/components/cohort-admin-actions';
import { ExportAttendanceButton } from '../../features/registers/components/export-attendance-button';
import { CohortFacts } from '../../features/cohorts/components/cohort-facts';
import { ParticipantsList } from '../../features/cohorts/components/participants-list';
import { SessionsList } from '../../features/cohorts/components/sessions-list';
import { can } from '../../domain/policy';

// Loaded apart: only staff who act on reminders see them, and the cohort page stays in budget.
const CohortRemindersSection = lazy(
  () => import('../../features/reminders/components/cohort-reminders'),
);

export default function CohortRoute() {
  const { cohortId } = useParams({ from: '/authed/cohorts/$cohortId' });
  const detail = useQuery(cohortQueries.detail(cohortId));
  const roster = useQuery(cohortQueries.roster(cohortId));
  const user = useSignedInUser();

  return (
    <Stack gap="md">
      <AnchorLink to="/cohorts" size="sm">
        ← All cohorts
      </AnchorLink>
      <QueryState query={detail} label="this cohort">
        {(d) => (
          <>
            <PageHeader
              title={d.cohort.name}
              description={d.cohort.type === 'course' ? 'Eight-week course' : 'One-off workshop'}
              actions={
                <>
                  {can(user.role, 'cohort.manage') && <CohortAdminActions cohort={d.cohort} />}
                  <ExportAttendanceButton cohortId={d.cohort.id} />
                  {can(user.role, 'audit.read') && (
                    <HistoryLink entity="cohort" id={d.cohort.id} label="History of this cohort" />
                  )}
                </>
              }
            />
            <CohortFacts detail={d} />
            <SessionsList detail={d} canChange={can(user.role, 'cohort.manage')} />
            {/* Fetched alongside the cohort but shown after it: a roster that arrived first would
                be pushed down the page when the sessions appear, taking an open menu with it. */}
            <QueryState query={roster} label="participants">
              {(r) => <ParticipantsList roster={r.items} sessions={d.sessions} role={user.role} />}
            </QueryState>
            {can(user.role, 'reminders.read') && (
              <Suspense fallback={null}>
                <CohortRemindersSection cohortId={d.cohort.id} />
              </Suspense>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

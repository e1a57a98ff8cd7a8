import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import type { Cohort } from '../../api/schemas/cohorts';
import { AnchorLink } from '../../components/anchor-link';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { cohortQueries } from '../../features/cohorts/api/cohort-queries';
import { staffAccountQueries } from '../../features/staff/api/staff-account-queries';
import { useSaveCohort } from '../../features/cohorts/api/use-save-cohort';
import { CohortForm } from '../../features/cohorts/components/cohort-form';

export default function CohortEditRoute() {
  const { cohortId } = useParams({ from: '/authed/cohorts/$cohortId/edit' });
  const detail = useQuery(cohortQueries.detail(cohortId));
  const staff = useQuery(staffAccountQueries.list());
  const save = useSaveCohort();
  const navigate = useNavigate();
  return (
    <>
      <AnchorLink to="/cohorts/$cohortId" params={{ cohortId }} size="sm">
        ← Back to the cohort
      </AnchorLink>
      <QueryState query={detail} label="this cohort">
        {({ cohort }) => (
          <>
            <PageHeader title={`Edit ${cohort.name}`} />
            <QueryState query={staff} label="staff">
              {(s) => (
                <CohortForm
                  staff={s.items}
                  // The form opens with the version it was read at; a colleague's save makes it stale (412).
                  defaultValues={cohort}
                  submitLabel="Save changes"
                  error={save.error}
                  busy={save.isPending}
                  onSubmit={(input, options) => {
                    const version = options?.overwrite
                      ? (save.error as { current?: Cohort } | null)?.current?.version
                      : cohort.version;
                    save.mutate(
                      { id: cohort.id, version, input },
                      {
                        onSuccess: () =>
                          void navigate({ to: '/cohorts/$cohortId', params: { cohortId } }),
                      },
                    );
                  }}
                />
              )}
            </QueryState>
          </>
        )}
      </QueryState>
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { CohortInput } from '../../api/schemas/cohorts';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { staffAccountQueries } from '../../features/staff/api/staff-account-queries';
import { useSaveCohort } from '../../features/cohorts/api/use-save-cohort';
import { CohortForm } from '../../features/cohorts/components/cohort-form';

const EMPTY: CohortInput = {
  name: '',
  type: 'course',
  delivery: 'online',
  videoLink: '',
  venue: '',
  startDate: '',
  startTime: '10:00',
  sessionLengthMinutes: 120,
  capacity: 20,
  facilitatorIds: [],
};

export default function CohortNewRoute() {
  const staff = useQuery(staffAccountQueries.list());
  const save = useSaveCohort();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title="New cohort"
        description="Eight sessions are generated weekly from the start date, skipping bank holidays."
      />
      <QueryState query={staff} label="staff">
        {(data) => (
          <CohortForm
            staff={data.items}
            defaultValues={EMPTY}
            submitLabel="Create cohort"
            error={save.error}
            busy={save.isPending}
            onSubmit={(input) =>
              save.mutate(
                { input },
                {
                  onSuccess: (c) =>
                    void navigate({
                      to: '/cohorts/$cohortId',
                      params: { cohortId: c.id },
                      ignoreBlocker: true,
                    }),
                },
              )
            }
          />
        )}
      </QueryState>
    </>
  );
}

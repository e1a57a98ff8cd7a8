import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { AnchorLink } from '../../components/anchor-link';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { cohortQueries } from '../../features/cohorts/api/cohort-queries';
import { staffAccountQueries } from '../../features/staff/api/staff-account-queries';
import { CohortEditForm } from '../../features/cohorts/components/cohort-edit-form';

export default function CohortEditRoute() {
  const { cohortId } = useParams({ from: '/authed/cohorts/$cohortId/edit' });
  const detail = useQuery(cohortQueries.detail(cohortId));
  const staff = useQuery(staffAccountQueries.list());
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
                <CohortEditForm
                  cohort={cohort}
                  staff={s.items}
                  onSaved={() =>
                    void navigate({
                      to: '/cohorts/$cohortId',
                      params: { cohortId },
                      ignoreBlocker: true,
                    })
                  }
                />
              )}
            </QueryState>
          </>
        )}
      </QueryState>
    </>
  );
}

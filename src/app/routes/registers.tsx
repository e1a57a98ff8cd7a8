import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { useSignedInUser } from '../../features/auth/auth-store';
import { registerQueries } from '../../features/registers/api/register-queries';
import { RegistersOverview } from '../../features/registers/components/registers-overview';
import { seesOwnCohortsOnly } from '../../domain/policy';

export default function RegistersRoute() {
  const user = useSignedInUser();
  const list = useQuery(registerQueries.list());
  return (
    <>
      <PageHeader
        title="Registers"
        description={
          seesOwnCohortsOnly(user.role)
            ? "Your sessions: today's and overdue registers first"
            : 'Every running cohort\u2019s registers'
        }
      />
      <QueryState query={list} label="registers">
        {(data) => <RegistersOverview items={data.items} today={data.today} />}
      </QueryState>
    </>
  );
}

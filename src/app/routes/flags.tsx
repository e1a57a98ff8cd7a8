import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import type { FlagView } from '../../api/schemas/flags';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { flagQueries } from '../../features/absence/api/flag-queries';
import { FlagActionDialog } from '../../features/absence/components/flag-action-dialog';
import { FlagsTable } from '../../features/absence/components/flags-table';
import type { FlagSearch } from '../../features/absence/flag-search';
import { useSignedInUser } from '../../features/auth/auth-store';
import { can } from '../../domain/policy';

export default function FlagsRoute() {
  const user = useSignedInUser();
  const search = useSearch({ from: '/authed/flags' });
  const navigate = useNavigate({ from: '/flags' });
  const flags = useQuery(flagQueries.list());
  const [acting, setActing] = useState<FlagView | null>(null);
  const onAct = useCallback((flag: FlagView) => setActing(flag), []);
  return (
    <>
      <PageHeader
        title="Absence flags"
        description={`People at risk (${flags.data?.threshold ?? 2} absences) or in breach (more) of the absence threshold`}
      />
      <QueryState query={flags} label="absence flags">
        {(data) => (
          <FlagsTable
            flags={data.items}
            search={search}
            canAct={can(user.role, 'flag.contact')}
            onAct={onAct}
            onSearchChange={(next: Partial<FlagSearch>) =>
              void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true })
            }
          />
        )}
      </QueryState>
      {acting && (
        <FlagActionDialog flag={acting} role={user.role} onClose={() => setActing(null)} />
      )}
    </>
  );
}

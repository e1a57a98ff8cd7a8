import { Button, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { StaffAccountView } from '../../api/schemas/staff-accounts';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { can } from '../../domain/policy';
import { useSignedInUser } from '../../features/auth/auth-store';
import { staffAccountQueries } from '../../features/staff/api/staff-account-queries';
import type { StaffAction } from '../../features/staff/components/staff-columns';
import type { StaffDialogState } from '../../features/staff/components/staff-dialog';
import { StaffTable } from '../../features/staff/components/staff-table';
import { staffSearchSchema, type StaffSearch } from '../../features/staff/staff-search';

const StaffDialog = lazy(() => import('../../features/staff/components/staff-dialog'));

/** Staff accounts: admins add, change, deactivate and reactivate, and set a
 * temporary password; managers read. Facilitators never reach it (route guard). The filter
 * and sort are in the URL, read here with the page's own schema (the route definition in the
 * shared entry carries none). */
export default function StaffRoute() {
  const user = useSignedInUser();
  const manages = can(user.role, 'staff.manage');
  const raw = useSearch({ strict: false });
  const search = useMemo(() => staffSearchSchema.parse(raw), [raw]);
  const navigate = useNavigate();
  const accounts = useQuery(staffAccountQueries.list());
  const [added, setAdded] = useState<StaffAccountView | null>(null);
  const [dialog, setDialog] = useState<StaffDialogState | null>(null);
  const onAction = useCallback(
    (action: StaffAction, account: StaffAccountView) => setDialog({ action, account }),
    [],
  );
  return (
    <>
      <PageHeader
        title="Staff"
        description="Who can sign in, in which role. Every change is audited."
        actions={
          manages && (
            <Button
              onClick={() => {
                setAdded(null);
                setDialog({ action: 'add' });
              }}
            >
              Add member of staff
            </Button>
          )
        }
      />
      {added && (
        <Text role="status" fw={700} mb="sm">
          Added {added.name}. Set a temporary password so they can sign in.
        </Text>
      )}
      <QueryState query={accounts} label="staff accounts">
        {(data) => (
          <StaffTable
            accounts={data.items}
            search={search}
            onAction={manages ? onAction : undefined}
            onSearchChange={(next: Partial<StaffSearch>) =>
              void navigate({ to: '/staff', search: { ...search, ...next }, replace: true })
            }
          />
        )}
      </QueryState>
      {dialog && (
        <Suspense fallback={null}>
          <StaffDialog dialog={dialog} onClose={() => setDialog(null)} onAdded={setAdded} />
        </Suspense>
      )}
    </>
  );
}

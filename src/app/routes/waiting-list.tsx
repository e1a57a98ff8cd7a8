import { Button } from '@mantine/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { PageHeader } from '../../components/page-header';
import { useSignedInUser } from '../../features/auth/auth-store';
import { WaitingListView } from '../../features/waiting-list/components/waiting-list-view';
import {
  waitingListSearchSchema,
  type WaitingListSearch,
} from '../../features/waiting-list/waiting-list-search';
import { can } from '../../domain/policy';

export default function WaitingListRoute() {
  const user = useSignedInUser();
  // Checked here (the route only types it): an unknown value falls back to the default.
  const raw = useSearch({ from: '/authed/waiting-list' });
  const search = useMemo(() => waitingListSearchSchema.parse(raw), [raw]);
  const navigate = useNavigate({ from: '/waiting-list' });
  const onSearchChange = (next: Partial<WaitingListSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });

  return (
    <>
      <PageHeader
        title="Waiting list"
        description="People referred to the course, urgent first and then longest waiting"
        actions={
          can(user.role, 'referral.manage') && (
            <Button renderRoot={(props) => <Link to="/waiting-list/new" {...props} />}>
              Add referral
            </Button>
          )
        }
      />
      <WaitingListView search={search} onSearchChange={onSearchChange} />
    </>
  );
}

import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { AuditFilter } from '../../api/schemas/audit-filter';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { auditQueries } from '../../features/audit/api/audit-queries';
import { AccessLog } from '../../features/audit/components/access-log';
import { AuditLog } from '../../features/audit/components/audit-log';
import { staffQueries } from '../../features/cohorts/api/staff-queries';

export default function AuditRoute() {
  const filter = useSearch({ from: '/authed/audit' });
  const navigate = useNavigate({ from: '/audit' });
  const events = useInfiniteQuery(auditQueries.list(filter));
  const staff = useQuery(staffQueries.list());
  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Every change: who, their role, what, which record, before and after, when (UTC stored, shown in London time)."
      />
      {filter.person && <AccessLog participantId={filter.person} />}
      <QueryState query={events} label="the audit trail">
        {(data) => (
          <AuditLog
            items={data.pages.flatMap((p) => p.items)}
            total={data.pages[0]?.total ?? 0}
            more={
              events.hasNextPage
                ? {
                    loading: events.isFetchingNextPage,
                    load: () => void events.fetchNextPage(),
                    failed: events.isFetchNextPageError ? events.error : null,
                  }
                : null
            }
            staff={staff.data?.items ?? []}
            filter={filter}
            onFilterChange={(next: Partial<AuditFilter>) =>
              void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true })
            }
          />
        )}
      </QueryState>
    </>
  );
}

import { Button, Code, List, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { ErrorPanel } from '../../../components/query-state';
import type { AuditFilter } from '../../../api/schemas/audit-filter';
import type { AuditView } from '../../../api/schemas/audit-view';
import type { StaffUser } from '../../../api/schemas/staff';
import { auditActionWords } from '../../../domain/audit-actions';
import { formatDateTime } from '../../../lib/format';
import { changeLines, fieldChanges } from '../field-changes';
import { AuditFilters } from './audit-filters';
import { AuditRecordLinks } from './audit-record-links';

interface AuditLogProps {
  items: AuditView[];
  total: number;
  /** The next page of older events, when there is one. */
  more: { loading: boolean; load: () => void; failed: unknown } | null;
  staff: Pick<StaffUser, 'id' | 'name'>[];
  filter: AuditFilter;
  onFilterChange: (next: Partial<AuditFilter>) => void;
}

/** The name of the record a History link filtered to, from the entries that name it. */
function filteredRecordName(items: AuditView[], filter: AuditFilter): string | null {
  for (const e of items) {
    const named = e.records.find((r) => r.id === filter.record);
    if (named) return named.name;
  }
  return null;
}

export function AuditLog({ items, total, more, staff, filter, onFilterChange }: AuditLogProps) {
  const staffNames = new Map(staff.map((s) => [s.id, s.name]));
  // Request ids matter only when tracing one event in the server's logs: shown on demand.
  const [showRequests, setShowRequests] = useState(false);
  return (
    <Stack>
      <AuditFilters
        filter={filter}
        staff={staff}
        recordName={filteredRecordName(items, filter)}
        total={total}
        shown={items.length}
        onFilterChange={onFilterChange}
        showRequests={showRequests}
        onShowRequests={setShowRequests}
      />
      <Table.ScrollContainer minWidth={900}>
        <Table striped>
          <caption className="visually-hidden">Audit trail</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">When (London)</Table.Th>
              <Table.Th scope="col">Who</Table.Th>
              <Table.Th scope="col">What</Table.Th>
              <Table.Th scope="col">About</Table.Th>
              <Table.Th scope="col">Changes</Table.Th>
              {showRequests && <Table.Th scope="col">Request id</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={showRequests ? 6 : 5}>No events match these filters.</Table.Td>
              </Table.Tr>
            )}
            {items.map((e) => (
              <AuditRow key={e.id} event={e} staffNames={staffNames} showRequest={showRequests} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {more && (
        <Stack gap="xs" align="flex-start">
          {more.failed !== null && (
            <ErrorPanel title="Could not load older events" error={more.failed} />
          )}
          <Button variant="default" onClick={more.load} loading={more.loading}>
            Show older events
          </Button>
        </Stack>
      )}
    </Stack>
  );
}

function AuditRow({
  event: e,
  staffNames,
  showRequest,
}: {
  event: AuditView;
  staffNames: Map<string, string>;
  showRequest: boolean;
}) {
  // Ids in a change read as names when the page knows them: staff, and the entry's records.
  const names = new Map([...staffNames, ...e.records.map((r) => [r.id, r.name] as const)]);
  const lines = changeLines(fieldChanges(e, (id) => names.get(id)));
  return (
    <Table.Tr>
      <Table.Td>{formatDateTime(e.at)}</Table.Td>
      <Table.Td>
        {e.actorName} ({e.actorRole})
      </Table.Td>
      <Table.Td>{auditActionWords(e.action)}</Table.Td>
      <Table.Td>
        <AuditRecordLinks records={e.records} />
      </Table.Td>
      <Table.Td>
        {lines.length > 0 && (
          <List size="xs" spacing={2}>
            {lines.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        )}
      </Table.Td>
      {showRequest && (
        <Table.Td>
          <Code>{e.requestId}</Code>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

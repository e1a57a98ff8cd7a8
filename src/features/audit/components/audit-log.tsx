import { Button, Code, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { ErrorPanel } from '../../../components/query-state';
import type { AuditFilter, AuditView } from '../../../api/schemas/audit-view';
import type { StaffUser } from '../../../api/schemas/staff';
import { formatDateTime } from '../../../lib/format';

const SKIP = new Set(['version', 'updatedAt', 'history']);

/** The fields a write changed, old -> new (values already masked by the server). */
export function changesOf(event: Pick<AuditView, 'before' | 'after'>): string[] {
  const before = (event.before ?? {}) as Record<string, unknown>;
  const after = (event.after ?? {}) as Record<string, unknown>;
  if (typeof after !== 'object') return [];
  return Object.keys(after)
    .filter((k) => !SKIP.has(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => `${k}: ${short(before[k])} → ${short(after[k])}`);
}

function short(v: unknown): string {
  if (v === undefined || v === null) return '—';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

interface AuditLogProps {
  items: AuditView[];
  total: number;
  /** The next page of older events, when there is one. */
  more: { loading: boolean; load: () => void; failed: unknown } | null;
  staff: Pick<StaffUser, 'id' | 'name'>[];
  filter: AuditFilter;
  onFilterChange: (next: Partial<AuditFilter>) => void;
}

export function AuditLog({ items, total, more, staff, filter, onFilterChange }: AuditLogProps) {
  return (
    <Stack>
      <Group align="flex-end">
        <NativeSelect
          label="Person"
          value={filter.actor ?? ''}
          w={220}
          data={[
            { value: '', label: 'Everyone' },
            ...staff.map((s) => ({ value: s.id, label: s.name })),
          ]}
          onChange={(e) => onFilterChange({ actor: e.currentTarget.value || undefined })}
        />
        <TextInput
          label="Record id"
          description="For example enr_0012"
          value={filter.record ?? ''}
          w={180}
          onChange={(e) => onFilterChange({ record: e.currentTarget.value.trim() || undefined })}
        />
        <TextInput
          type="date"
          label="From"
          value={filter.from ?? ''}
          onChange={(e) => onFilterChange({ from: e.currentTarget.value || undefined })}
        />
        <TextInput
          type="date"
          label="To"
          value={filter.to ?? ''}
          onChange={(e) => onFilterChange({ to: e.currentTarget.value || undefined })}
        />
        <Text size="sm" aria-live="polite">
          {total} events{total > items.length ? ` (newest ${items.length} shown)` : ''}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={900}>
        <Table striped>
          <caption className="visually-hidden">Audit trail</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">When (London)</Table.Th>
              <Table.Th scope="col">Who</Table.Th>
              <Table.Th scope="col">What</Table.Th>
              <Table.Th scope="col">Record</Table.Th>
              <Table.Th scope="col">Changes</Table.Th>
              <Table.Th scope="col">Request</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>No events match these filters.</Table.Td>
              </Table.Tr>
            )}
            {items.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{formatDateTime(e.at)}</Table.Td>
                <Table.Td>
                  {e.actorName} ({e.actorRole})
                </Table.Td>
                <Table.Td>{e.action}</Table.Td>
                <Table.Td>
                  {e.entity} {e.entityId}
                  {e.subject ? `: ${e.subject}` : ''}
                </Table.Td>
                <Table.Td>
                  {changesOf(e).map((c) => (
                    <Text key={c} size="xs">
                      {c}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>
                  <Code>{e.requestId.slice(0, 8)}</Code>
                </Table.Td>
              </Table.Tr>
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

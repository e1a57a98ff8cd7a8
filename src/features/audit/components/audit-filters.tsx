import { Alert, Button, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import type { AuditFilter } from '../../../api/schemas/audit-filter';
import type { StaffUser } from '../../../api/schemas/staff';

interface AuditFiltersProps {
  filter: AuditFilter;
  staff: Pick<StaffUser, 'id' | 'name'>[];
  /** The record a History link filtered to, by name when the page has it. */
  recordName: string | null;
  total: number;
  shown: number;
  onFilterChange: (next: Partial<AuditFilter>) => void;
}

export function AuditFilters(props: AuditFiltersProps) {
  const { filter, staff, recordName, total, shown, onFilterChange } = props;
  return (
    <>
      {filter.entity && filter.record && (
        <Alert variant="light" title={`History of ${recordName ?? 'one record'}`}>
          <Group justify="space-between">
            <Text size="sm">Only the events about this {filter.entity} are shown.</Text>
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => onFilterChange({ entity: undefined, record: undefined })}
            >
              Show every record
            </Button>
          </Group>
        </Alert>
      )}
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
          onChange={(e) =>
            // A typed id may be any kind of record.
            onFilterChange({ record: e.currentTarget.value.trim() || undefined, entity: undefined })
          }
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
          {total} events{total > shown ? ` (newest ${shown} shown)` : ''}
        </Text>
      </Group>
    </>
  );
}

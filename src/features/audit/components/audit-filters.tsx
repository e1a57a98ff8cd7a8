import { Alert, Button, Checkbox, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import type { AuditFilter } from '../../../api/schemas/audit-filter';
import type { StaffUser } from '../../../api/schemas/staff';
import { count } from '../../../domain/plural';

/** The kinds of record the trail is about, in the words staff use (the server filters by kind). */
const RECORD_KINDS = [
  { value: 'cohort', label: 'Cohorts' },
  { value: 'session', label: 'Sessions' },
  { value: 'attendance', label: 'Register marks' },
  { value: 'enrolment', label: 'Enrolments' },
  { value: 'referral', label: 'Waiting list entries' },
  { value: 'vacancy', label: 'Freed places' },
  { value: 'offer', label: 'Offers' },
  { value: 'staff', label: 'Staff accounts' },
  { value: 'settings', label: 'Service settings' },
];

interface AuditFiltersProps {
  filter: AuditFilter;
  staff: Pick<StaffUser, 'id' | 'name'>[];
  /** The record a History link filtered to, by name when the page has it. */
  recordName: string | null;
  total: number;
  shown: number;
  onFilterChange: (next: Partial<AuditFilter>) => void;
  showRequests: boolean;
  onShowRequests: (show: boolean) => void;
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
        <NativeSelect
          label="Kind of record"
          value={filter.record ? '' : (filter.entity ?? '')}
          w={220}
          disabled={Boolean(filter.record)}
          data={[{ value: '', label: 'Every kind' }, ...RECORD_KINDS]}
          onChange={(e) =>
            onFilterChange({ entity: e.currentTarget.value || undefined, record: undefined })
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
        <Checkbox
          label="Show request ids"
          checked={props.showRequests}
          onChange={(e) => props.onShowRequests(e.currentTarget.checked)}
        />
        <Text size="sm" aria-live="polite">
          {count(total, 'event')}
          {total > shown ? ` (newest ${shown} shown)` : ''}
        </Text>
      </Group>
    </>
  );
}

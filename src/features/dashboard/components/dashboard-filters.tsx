import { Button, Group, TextInput } from '@mantine/core';
import { FilterSelect } from '../../../components/filter-select';
import { isBackwards, type DashboardSearch } from '../dashboard-search';

interface Props {
  search: DashboardSearch;
  facilitators: { id: string; name: string }[];
  onChange: (next: Partial<DashboardSearch>) => void;
}

const STATUSES = [
  { value: '', label: 'All statuses' },
  { value: 'planned', label: 'Planned' },
  { value: 'running', label: 'Running' },
  { value: 'completed', label: 'Completed' },
  { value: 'cancelled', label: 'Cancelled' },
];
const DELIVERIES = [
  { value: '', label: 'Online and face to face' },
  { value: 'online', label: 'Online' },
  { value: 'face_to_face', label: 'Face to face' },
];

/** Filters live in the URL (validated in src/app/routes-oversight.ts), so a filtered view can be shared. */
export function DashboardFilters({ search, facilitators, onChange }: Props) {
  const backwards = isBackwards(search);
  const value = (v: string) => v || undefined;
  return (
    <Group
      component="form"
      role="search"
      aria-label="Dashboard filters"
      align="flex-end"
      gap="sm"
      className="no-print"
      onSubmit={(e) => e.preventDefault()}
    >
      <TextInput
        type="date"
        label="From"
        value={search.from ?? ''}
        onChange={(e) => onChange({ from: value(e.currentTarget.value) })}
      />
      <TextInput
        type="date"
        label="To"
        value={search.to ?? ''}
        onChange={(e) => onChange({ to: value(e.currentTarget.value) })}
        error={backwards ? 'The end date must be on or after the start date' : undefined}
      />
      <FilterSelect
        label="Cohort status"
        data={STATUSES}
        anyValue=""
        value={search.status}
        onChange={(status) => onChange({ status })}
      />
      <FilterSelect
        label="Delivery"
        data={DELIVERIES}
        anyValue=""
        value={search.delivery}
        onChange={(delivery) => onChange({ delivery })}
      />
      <FilterSelect
        label="Facilitator"
        anyValue=""
        value={search.facilitator}
        data={[
          { value: '', label: 'All facilitators' },
          ...facilitators.map((f) => ({ value: f.id, label: f.name })),
        ]}
        onChange={(facilitator) => onChange({ facilitator })}
      />
      <Button
        variant="default"
        type="button"
        onClick={() =>
          onChange({
            from: undefined,
            to: undefined,
            status: undefined,
            delivery: undefined,
            facilitator: undefined,
          })
        }
      >
        Clear filters
      </Button>
    </Group>
  );
}

import { Button, Group, Stack, Text } from '@mantine/core';
import {
  DISCIPLINE_NAMES,
  ROLE_NAMES,
  type StaffAccountView,
} from '../../../api/schemas/staff-accounts';
import { AnchorLink } from '../../../components/anchor-link';
import { columnHelperFor } from '../../../components/data-table';
import { ToneBadge } from '../../../components/tone-badge';

export type StaffAction = 'edit' | 'deactivate' | 'reactivate' | 'password';

const col = columnHelperFor<StaffAccountView>();

const roleText = (a: StaffAccountView) =>
  `${ROLE_NAMES[a.role]}${a.discipline ? ` (${DISCIPLINE_NAMES[a.discipline]})` : ''}`;

/** The staff table's columns; admins get the actions column. */
export function staffColumns(onAction?: (action: StaffAction, account: StaffAccountView) => void) {
  const columns = col.columns([
    col.accessor('name', { header: 'Name', sortFn: 'text' }),
    col.accessor('email', { header: 'Email', enableSorting: false }),
    col.accessor(roleText, { id: 'role', header: 'Role', sortFn: 'text' }),
    col.accessor((a) => (a.active ? 'Active' : 'Deactivated'), {
      id: 'status',
      header: 'Status',
      sortFn: 'text',
      cell: ({ row: { original: a } }) =>
        a.active ? (
          <ToneBadge tone="success">Active</ToneBadge>
        ) : (
          <Stack gap={2} align="flex-start">
            <ToneBadge tone="neutral">Deactivated</ToneBadge>
            <Text size="sm">{a.deactivationReason}</Text>
          </Stack>
        ),
    }),
    col.display({
      id: 'cohorts',
      header: 'Facilitates',
      cell: ({ row: { original: a } }) =>
        a.cohorts.length === 0 ? (
          '—'
        ) : (
          <Stack gap="xs">
            {a.cohorts.map((c) => (
              <AnchorLink key={c.id} to="/cohorts/$cohortId" params={{ cohortId: c.id }} size="sm">
                {c.name}
              </AnchorLink>
            ))}
          </Stack>
        ),
    }),
  ]);
  if (!onAction) return columns;
  return col.columns([
    ...columns,
    col.display({
      id: 'actions',
      header: 'Actions',
      cell: ({ row: { original: a } }) => (
        <Group gap={6} wrap="nowrap">
          <Button
            size="xs"
            variant="default"
            aria-label={`Edit ${a.name}`}
            onClick={() => onAction('edit', a)}
          >
            Edit
          </Button>
          {a.active ? (
            <>
              <Button
                size="xs"
                variant="default"
                aria-label={`Deactivate ${a.name}`}
                onClick={() => onAction('deactivate', a)}
              >
                Deactivate
              </Button>
              <Button
                size="xs"
                variant="default"
                aria-label={`Temporary password for ${a.name}`}
                onClick={() => onAction('password', a)}
              >
                Temporary password
              </Button>
            </>
          ) : (
            <Button
              size="xs"
              variant="default"
              aria-label={`Reactivate ${a.name}`}
              onClick={() => onAction('reactivate', a)}
            >
              Reactivate
            </Button>
          )}
        </Group>
      ),
    }),
  ]);
}

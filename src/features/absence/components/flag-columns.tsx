import { Button, Stack, Text } from '@mantine/core';
import type { FlagView } from '../../../api/schemas/flags';
import { AnchorLink } from '../../../components/anchor-link';
import { columnHelperFor } from '../../../components/data-table';
import { FlagStatusBadge } from '../../../components/flag-status-badge';
import { daysBetween, todayIso } from '../../../domain/dates';
import { formatDate } from '../../../lib/format';
import { count } from '../../../domain/plural';
import { attendanceLabel } from '../../../domain/attendance-codes';

const col = columnHelperFor<FlagView>();

function openDays(flag: FlagView) {
  return daysBetween(flag.openedOn, todayIso());
}

/** The flags table's columns; the last offers the action a flag calls for, to those who may act. */
export function flagColumns(onAct: (flag: FlagView) => void, canAct: boolean) {
  return col.columns([
    col.accessor('name', {
      header: 'Name',
      cell: (i) => (
        <Text fw={600} size="sm">
          {i.getValue()}
        </Text>
      ),
    }),
    col.accessor('cohortName', {
      id: 'cohort',
      header: 'Cohort',
      cell: (i) => (
        <AnchorLink to="/cohorts/$cohortId" params={{ cohortId: i.row.original.cohortId }}>
          {i.getValue()}
        </AnchorLink>
      ),
    }),
    col.accessor('absences', {
      header: 'Absences',
      cell: (i) => (
        <Stack gap={0}>
          <Text size="sm" fw={700}>
            {i.getValue()}
          </Text>
          {i.row.original.missed.map((m) => (
            <Text key={m.sessionNumber} size="xs">
              Session {m.sessionNumber}, {formatDate(m.date)}: {attendanceLabel(m.code)}
            </Text>
          ))}
        </Stack>
      ),
    }),
    col.accessor((f) => f.lastAttended ?? '', {
      id: 'lastAttended',
      header: 'Last attended',
      cell: (i) => (i.getValue() ? formatDate(i.getValue()) : 'Not yet'),
    }),
    col.accessor((f) => (f.status === 'breached' ? 2 : 1), {
      id: 'status',
      header: 'Status',
      cell: ({ row }) => (
        <Stack gap={2} align="flex-start">
          <FlagStatusBadge status={row.original.status} />
          {row.original.review && (
            <Text size="xs">Reviewed: kept ({row.original.review.reason})</Text>
          )}
          {row.original.contacts.length > 0 && (
            <Text size="xs">Contacted {formatDate(row.original.contacts.at(-1)!.date)}</Text>
          )}
        </Stack>
      ),
    }),
    col.accessor(openDays, {
      id: 'openFor',
      header: 'Open for',
      cell: (i) => count(i.getValue(), 'day'),
    }),
    col.display({
      id: 'act',
      header: 'Action',
      cell: ({ row }) => {
        if (!canAct) return null;
        const label =
          row.original.status === 'breached' && !row.original.review
            ? 'Act on breach'
            : 'Record contact';
        // The accessible name starts with the words on the button (WCAG 2.5.3), so a person
        // using speech input can say what they see.
        return (
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => onAct(row.original)}
            aria-label={`${label} for ${row.original.name}`}
          >
            {label}
          </Button>
        );
      },
    }),
  ]);
}

import type { CohortSummary } from '../../../api/schemas/cohorts';
import { AnchorLink } from '../../../components/anchor-link';
import { columnHelperFor } from '../../../components/data-table';
import { formatDate, weekdayName } from '../../../lib/format';
import { CohortStatusBadge, Places } from './cohort-badges';

const col = columnHelperFor<CohortSummary>();

/** The cohorts table's columns; the sortable ones are COHORT_SORTABLE (../cohort-search.ts). */
export const cohortColumns = col.columns([
  col.accessor('name', {
    header: 'Name',
    sortFn: 'alphanumeric',
    cell: (info) => (
      <AnchorLink to="/cohorts/$cohortId" params={{ cohortId: info.row.original.id }} fw={600}>
        {info.getValue()}
      </AnchorLink>
    ),
  }),
  col.accessor((c) => (c.type === 'course' ? 'Eight-week course' : 'Workshop'), {
    id: 'type',
    header: 'Type',
  }),
  col.accessor('status', {
    header: 'Status',
    cell: (info) => <CohortStatusBadge status={info.getValue()} />,
  }),
  col.accessor('startDate', { header: 'Start date', cell: (info) => formatDate(info.getValue()) }),
  col.display({
    id: 'when',
    header: 'Day and time',
    cell: ({ row }) => `${weekdayName(row.original.startDate)} ${row.original.startTime}`,
  }),
  col.display({
    id: 'facilitators',
    header: 'Facilitators',
    cell: ({ row }) => row.original.facilitators.map((f) => f.name).join(', '),
  }),
  col.accessor((c) => c.filled / c.capacity, {
    id: 'places',
    header: 'Places',
    cell: ({ row }) => (
      <Places
        filled={row.original.filled}
        capacity={row.original.capacity}
        status={row.original.status}
      />
    ),
  }),
  col.accessor((c) => c.nextSession?.date ?? '', {
    id: 'nextSession',
    header: 'Next session',
    cell: ({ row }) => {
      const next = row.original.nextSession;
      return next ? `${next.number}: ${formatDate(next.date)}` : '—';
    },
  }),
]);

// Dates ("Mon 30 Nov 2026", "5: Mon 30 Nov 2026") get the room to show whole at 1366 px, the
// commonest clinic laptop width; names and facilitators are the columns that may shorten.
export const COHORT_COLUMN_WIDTHS = {
  name: '18%',
  type: '8%',
  status: '9%',
  startDate: '12%',
  when: '10%',
  facilitators: '15%',
  places: '12%',
  nextSession: '16%',
};

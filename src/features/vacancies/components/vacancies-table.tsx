import type { SortingState } from '@tanstack/react-table';
import { useState } from 'react';
import type { VacancySummary } from '../../../api/schemas/vacancies';
import { AnchorLink } from '../../../components/anchor-link';
import { columnHelperFor, DataTable } from '../../../components/data-table';
import { formatDate, weekdayName } from '../../../lib/format';
import { VacancyOfferState } from './offer-badges';
import { count } from '../../../domain/plural';

const col = columnHelperFor<VacancySummary>();

const columns = col.columns([
  col.accessor((v) => v.cohort.name, {
    id: 'cohort',
    header: 'Cohort',
    sortFn: 'alphanumeric',
    cell: ({ row }) => (
      <AnchorLink to="/vacancies/$vacancyId" params={{ vacancyId: row.original.id }} fw={600}>
        {row.original.cohort.name}
      </AnchorLink>
    ),
  }),
  col.display({
    id: 'when',
    header: 'Day and time',
    cell: ({ row }) =>
      `${weekdayName(row.original.cohort.startDate)} ${row.original.cohort.startTime}`,
  }),
  col.accessor('sessionsLeft', { header: 'Sessions left', sortFn: 'basic' }),
  col.accessor((v) => v.cutoffDate ?? '', {
    id: 'cutoff',
    header: 'Join before',
    sortFn: 'text',
    cell: ({ row }) => (row.original.cutoffDate ? formatDate(row.original.cutoffDate) : '—'),
  }),
  col.accessor('openForDays', {
    header: 'Open for',
    sortFn: 'basic',
    cell: (info) => count(info.getValue(), 'day'),
  }),
  col.display({
    id: 'offer',
    header: 'Offer',
    cell: ({ row }) => <VacancyOfferState vacancy={row.original} />,
  }),
]);

export function VacanciesTable({ vacancies }: { vacancies: VacancySummary[] }) {
  // Soonest cut-off first: those places are the ones about to be lost.
  const [sorting, setSorting] = useState<SortingState>([{ id: 'cutoff', desc: false }]);
  return (
    <DataTable
      caption="Open vacancies"
      data={vacancies}
      columns={columns}
      getRowId={(v) => v.id}
      sorting={sorting}
      onSortingChange={setSorting}
      empty="No open vacancies. A place opens here when someone withdraws or transfers before the late-joining cut-off."
    />
  );
}

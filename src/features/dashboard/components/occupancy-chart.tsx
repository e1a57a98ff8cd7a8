import { BarChart } from '@mantine/charts';
import type { DashboardSummary } from '../../../api/schemas/dashboard';
import { TONES } from '../../../components/tones';
import { formatPercent, type FigureTable } from '../figures';
import { ChartPanel } from './chart-panel';

type Row = DashboardSummary['charts']['occupancy'][number];

const STATUS: Record<Row['status'], string> = {
  planned: 'Planned',
  running: 'Running',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export function OccupancyChart({ cohorts }: { cohorts: Row[] }) {
  const share = (c: Row) => (c.capacity > 0 ? c.filled / c.capacity : null);
  const table: FigureTable = {
    headers: ['Cohort', 'Status', 'Places filled', 'Capacity', 'Filled'],
    rows: cohorts.map((c) => [
      c.name,
      STATUS[c.status],
      c.filled,
      c.capacity,
      formatPercent(share(c)),
    ]),
  };
  const summary = `Bar chart of places filled per cohort: ${cohorts.map((c) => `${c.name} ${c.filled} of ${c.capacity}`).join(', ')}.`;
  return (
    <ChartPanel
      title="Occupancy per cohort"
      summary={summary}
      caption="Places held (offered, confirmed, active or completed) against capacity, for each cohort that was not cancelled."
      table={table}
      csvName="occupancy-per-cohort.csv"
    >
      <BarChart
        h={Math.max(160, cohorts.length * 36)}
        data={cohorts.map((c) => ({ name: c.name, filled: c.filled, capacity: c.capacity }))}
        dataKey="name"
        orientation="vertical"
        yAxisProps={{ width: 180 }}
        series={[
          { name: 'filled', label: 'Places filled', color: TONES.info },
          { name: 'capacity', label: 'Capacity', color: TONES.neutral },
        ]}
        withLegend
        barChartProps={{ accessibilityLayer: false }}
      />
    </ChartPanel>
  );
}

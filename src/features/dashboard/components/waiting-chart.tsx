import { LineChart } from '@mantine/charts';
import type { DashboardSummary } from '../../../api/schemas/dashboard';
import { TONES } from '../../../components/tones';
import { formatDate } from '../../../lib/format';
import type { FigureTable } from '../figures';
import { ChartPanel } from './chart-panel';

type Point = NonNullable<DashboardSummary['charts']['waitingByMonth']>[number];

export function WaitingChart({ points }: { points: Point[] }) {
  const table: FigureTable = {
    headers: ['Date', 'People on the waiting list'],
    rows: points.map((p) => [formatDate(p.date), p.waiting]),
  };
  const first = points[0];
  const last = points[points.length - 1];
  const summary =
    first && last
      ? `Line chart of waiting list size at each month end: ${points.map((p) => `${formatDate(p.date)} ${p.waiting}`).join(', ')}.`
      : 'Line chart of waiting list size: no data.';
  return (
    <ChartPanel
      title="Waiting list over time"
      summary={summary}
      caption="People referred and not yet enrolled or removed, counted on the last day of each month (the latest month up to today). Service-wide: cohort filters do not apply."
      table={table}
      csvName="waiting-list-by-month.csv"
    >
      <LineChart
        h={240}
        data={points.map((p) => ({ date: formatDate(p.date), waiting: p.waiting }))}
        dataKey="date"
        series={[{ name: 'waiting', label: 'People waiting', color: TONES.info }]}
        lineChartProps={{ accessibilityLayer: false }}
      />
    </ChartPanel>
  );
}

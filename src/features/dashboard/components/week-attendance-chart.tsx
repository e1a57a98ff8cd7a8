import { BarChart } from '@mantine/charts';
import type { DashboardSummary } from '../../../api/schemas/dashboard';
import { TONES } from '../../../components/tones';
import { formatPercent, formatPeriod, type FigureTable } from '../figures';
import { ChartPanel } from './chart-panel';

type Week = DashboardSummary['charts']['attendanceByWeek'][number];

export function WeekAttendanceChart({
  weeks,
  period,
}: {
  weeks: Week[];
  period: DashboardSummary['chartPeriod'];
}) {
  const held = weeks.filter((w) => w.due > 0);
  const table: FigureTable = {
    headers: ['Course week', 'Sessions attended (5, 6)', 'Sessions due', 'Attendance rate'],
    rows: held.map((w) => [`Week ${w.week}`, w.attended, w.due, formatPercent(w.rate)]),
  };
  const summary = `Bar chart of attendance rate by course week: ${held.map((w) => `week ${w.week} ${formatPercent(w.rate)}`).join(', ')}.`;
  return (
    <ChartPanel
      title="Attendance by course week"
      summary={summary}
      caption={`Sessions attended (on time, or late and seen) out of sessions due, by session number across courses, ${formatPeriod(period)}.`}
      table={table}
      csvName="attendance-by-course-week.csv"
    >
      <BarChart
        h={260}
        data={held.map((w) => ({ week: `Week ${w.week}`, rate: Math.round((w.rate ?? 0) * 100) }))}
        dataKey="week"
        series={[{ name: 'rate', label: 'Attendance rate', color: TONES.info }]}
        unit="%"
        yAxisProps={{ domain: [0, 100] }}
        barChartProps={{ accessibilityLayer: false }}
      />
    </ChartPanel>
  );
}

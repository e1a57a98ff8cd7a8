import { BarChart } from '@mantine/charts';
import type { DashboardSummary } from '../../../api/schemas/dashboard';
import { TONES } from '../../../components/tones';
import { formatMonth, formatPeriod, type FigureTable } from '../figures';
import { ChartPanel } from './chart-panel';

type Month = DashboardSummary['charts']['absencesByMonth'][number];

// One AA colour per code (TONES, at least 3:1 on white), in the legend order 2, 3, 7.
const SERIES = [
  { name: 'code2', label: 'Cancelled, gave notice (2)', color: TONES.neutral },
  { name: 'code3', label: 'Did not attend (3)', color: TONES.danger },
  { name: 'code7', label: 'Late, not seen (7)', color: TONES.warning },
];

export function AbsencesChart({
  months,
  period,
}: {
  months: Month[];
  period: DashboardSummary['chartPeriod'];
}) {
  const total = (m: Month) => m.code2 + m.code3 + m.code7;
  const table: FigureTable = {
    headers: [
      'Month',
      'Cancelled, gave notice (2)',
      'Did not attend (3)',
      'Late, not seen (7)',
      'All absences',
    ],
    rows: months.map((m) => [formatMonth(m.month), m.code2, m.code3, m.code7, total(m)]),
  };
  const summary = `Grouped bar chart of absences per month by kind of absence: ${months
    .map(
      (m) =>
        `${formatMonth(m.month)} ${total(m)} (cancelled, gave notice: ${m.code2}; did not attend: ${m.code3}; late, not seen: ${m.code7})`,
    )
    .join('; ')}.`;
  return (
    <ChartPanel
      title="Absences by month and code"
      summary={summary}
      caption={`Absences recorded on registers (cancelled with notice, did not attend, late and not seen), by the month of the session, ${formatPeriod(period)}.`}
      table={table}
      csvName="absences-by-month.csv"
    >
      <BarChart
        h={260}
        data={months.map((m) => ({ ...m, month: formatMonth(m.month) }))}
        dataKey="month"
        series={SERIES}
        withLegend
        barChartProps={{ accessibilityLayer: false }}
      />
    </ChartPanel>
  );
}

import { BarChart } from '@mantine/charts';
import type { SessionTally } from '../../../api/schemas/dashboard';
import { TONES } from '../../../components/tones';
import { formatDate } from '../../../lib/format';
import type { FigureTable } from '../figures';
import { ChartPanel } from './chart-panel';

// Attended codes in greens/blues, absences in red/amber/grey: each TONES colour is AA on white.
const SERIES = [
  { name: 'code5', label: 'Attended (5)', color: TONES.success },
  { name: 'code6', label: 'Late, seen (6)', color: TONES.info },
  { name: 'code7', label: 'Late, not seen (7)', color: TONES.warning },
  { name: 'code2', label: 'Cancelled, gave notice (2)', color: TONES.neutral },
  { name: 'code3', label: 'Did not attend (3)', color: TONES.danger },
] as const;

export function SessionAttendanceChart({
  sessions,
  cohortName,
}: {
  sessions: SessionTally[];
  cohortName: string;
}) {
  const held = sessions.filter(
    (s) => !s.providerCancelled && (SERIES.some((x) => s[x.name] > 0) || s.unmarked > 0),
  );
  const table: FigureTable = {
    headers: ['Session', 'Date', ...SERIES.map((s) => s.label), 'Not marked'],
    rows: sessions.map((s) => [
      `Session ${s.number}`,
      formatDate(s.date),
      ...(s.providerCancelled
        ? SERIES.map(() => 'Cancelled by the service')
        : SERIES.map((x) => s[x.name])),
      s.providerCancelled ? '' : s.unmarked,
    ]),
  };
  const summary = `Stacked bar chart of attendance per session by code for ${cohortName}: ${held
    .map(
      (s) =>
        `session ${s.number}: ${SERIES.map((x) => `${s[x.name]} ${x.label.toLowerCase()}`).join(', ')}`,
    )
    .join('; ')}.`;
  return (
    <ChartPanel
      title="Attendance per session"
      summary={summary}
      caption="Register marks per session, stacked by attendance code. Sessions not yet held, or cancelled by the service, have no bar."
      table={table}
      csvName={`attendance-per-session-${cohortName.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.csv`}
    >
      <BarChart
        h={280}
        type="stacked"
        data={sessions.map((s) => ({ ...s, session: `Session ${s.number}` }))}
        dataKey="session"
        series={SERIES.map((s) => ({ ...s }))}
        withLegend
        barChartProps={{ accessibilityLayer: false }}
      />
    </ChartPanel>
  );
}

import { LineChart } from '@mantine/charts';
import type { PersonOutcomeView } from '../../../api/schemas/outcomes';
import { TONES } from '../../../components/tones';
import { formatDate } from '../../../lib/format';
import type { FigureTable } from '../figures';
import { ChartPanel } from './chart-panel';

const SERIES = [
  { name: 'phq9', label: 'PHQ-9 (0-27)', color: TONES.danger },
  { name: 'gad7', label: 'GAD-7 (0-21)', color: TONES.info },
  { name: 'wsas', label: 'WSAS (0-40)', color: TONES.neutral },
] as const;

const VERDICTS: [keyof PersonOutcomeView, string][] = [
  ['recovered', 'recovered'],
  ['reliablyImproved', 'reliably improved'],
  ['reliablyDeteriorated', 'reliably worse'],
];

/** One person's scores by session, with the same figures as a table. */
export function PersonScoresChart({ person }: { person: PersonOutcomeView }) {
  const table: FigureTable = {
    headers: ['Session', 'Date', ...SERIES.map((s) => s.label)],
    rows: person.scores.map((s) => [
      `Session ${s.sessionNumber}`,
      formatDate(s.date),
      ...SERIES.map((x) => s[x.name] ?? 'Not asked'),
    ]),
  };
  const said = VERDICTS.filter(([key]) => person[key] === true).map(([, words]) => words);
  const summary = `Line chart of ${person.name}'s scores by session: ${person.scores
    .map(
      (s) =>
        `session ${s.sessionNumber}: ${SERIES.map((x) => `${x.label} ${s[x.name] ?? 'not asked'}`).join(', ')}`,
    )
    .join('; ')}.`;
  return (
    <ChartPanel
      title={person.name}
      summary={summary}
      caption={said.length ? `So far: ${said.join(', ')}.` : 'Scores by session; lower is better.'}
      table={table}
      csvName={`scores-${person.enrolmentId}.csv`}
    >
      <LineChart
        h={200}
        data={person.scores.map((s) => ({ ...s, session: `Session ${s.sessionNumber}` }))}
        dataKey="session"
        series={SERIES.map((s) => ({ ...s }))}
        withLegend
        connectNulls
        lineChartProps={{ accessibilityLayer: false }}
      />
    </ChartPanel>
  );
}

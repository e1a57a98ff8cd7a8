import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { OutcomeSummaryView } from '../../../api/schemas/outcomes';
import { formatPercent } from '../figures';

type Rate = OutcomeSummaryView['recovery'];

const FIGURES: { key: keyof Omit<OutcomeSummaryView, 'meanChange'>; title: string; of: string }[] =
  [
    { key: 'recovery', title: 'Recovery', of: 'who were a case at the start' },
    {
      key: 'reliableImprovement',
      title: 'Reliable improvement',
      of: 'with a first and last score',
    },
    {
      key: 'reliableDeterioration',
      title: 'Reliable deterioration',
      of: 'with a first and last score',
    },
    { key: 'pairedCompleteness', title: 'Paired scores', of: 'who attended two sessions or more' },
  ];

const signed = (n: number | null) =>
  n === null ? 'no pairs yet' : `${n > 0 ? '+' : ''}${n.toFixed(1)}`;

function Figure({ id, title, rate, of }: { id: string; title: string; rate: Rate; of: string }) {
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={id}>
      <Title order={3} size="h5" id={id}>
        {title}
      </Title>
      <Text fz={28} fw={700}>
        {formatPercent(rate.rate)}
      </Text>
      <Text size="sm" c="dimmed">
        {rate.count} of {rate.of} {of}
      </Text>
    </Paper>
  );
}

/** A cohort's outcome figures (NHS Talking Therapies definitions), each with its denominator. */
export function OutcomeFigures({ summary }: { summary: OutcomeSummaryView }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm">
      {FIGURES.map((f) => (
        <Figure
          key={f.key}
          id={`outcome-${f.key}`}
          title={f.title}
          rate={summary[f.key]}
          of={f.of}
        />
      ))}
      <Paper withBorder p="sm" component="section" aria-labelledby="outcome-mean-change">
        <Title order={3} size="h5" id="outcome-mean-change">
          Mean change
        </Title>
        <Text size="sm">PHQ-9: {signed(summary.meanChange.phq9)}</Text>
        <Text size="sm">GAD-7: {signed(summary.meanChange.gad7)}</Text>
        <Text size="sm" c="dimmed">
          Last score minus first; lower is better
        </Text>
      </Paper>
    </SimpleGrid>
  );
}

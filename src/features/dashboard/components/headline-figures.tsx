import { Paper, SimpleGrid, Text, Title, VisuallyHidden } from '@mantine/core';
import type { Headline } from '../../../api/schemas/dashboard';
import { formatNumber } from '../../../lib/format';
import { formatPercent, formatPeriod } from '../figures';
import { count } from '../../../domain/plural';

interface Figure {
  label: string;
  value: string;
  detail: string;
}

function figuresFor(h: Headline): Figure[] {
  const weeks = h.waiting?.medianWeeks;
  const days = h.vacancies.medianDaysToFill;
  // Places freed after the late-joining cut-off were never offerable: said, not counted.
  const tooLate =
    h.vacancies.tooLate > 0
      ? ` (and ${count(h.vacancies.tooLate, 'place')} freed after the late-joining cut-off, never offered)`
      : '';
  const figures: (Figure | null)[] = [
    {
      label: 'Cohorts running',
      value: formatNumber(h.cohorts.running),
      detail: 'First session has started, last one still to come',
    },
    {
      label: 'Cohorts planned',
      value: formatNumber(h.cohorts.planned),
      detail: 'First session still to come',
    },
    {
      label: 'Places filled',
      value: `${formatNumber(h.places.filled)} of ${formatNumber(h.places.capacity)}`,
      detail:
        h.places.capacity === 0
          ? 'No running or planned cohorts match'
          : `${formatPercent(h.places.share)} of capacity in running and planned cohorts`,
    },
    {
      label: 'Attendance rate',
      value: formatPercent(h.attendance.rate),
      detail:
        h.attendance.due === 0
          ? `No sessions due, ${formatPeriod(h.attendance.period)}`
          : `${formatNumber(h.attendance.attended)} of ${formatNumber(h.attendance.due)} sessions due attended, ${formatPeriod(h.attendance.period)}`,
    },
    {
      label: 'Participants flagged',
      value: formatNumber(h.flags.atRisk + h.flags.breached),
      detail: `${formatNumber(h.flags.atRisk)} at risk, ${formatNumber(h.flags.breached)} breached`,
    },
    h.waiting && {
      label: 'People waiting',
      value: formatNumber(h.waiting.count),
      detail:
        weeks === null || weeks === undefined
          ? 'No one waiting'
          : `Median wait ${count(weeks, 'week')} (whole service)`,
    },
    {
      label: 'Vacancies filled',
      value: `${formatNumber(h.vacancies.filled)} of ${formatNumber(h.vacancies.offerable)}`,
      detail: `Places freed ${formatPeriod(h.vacancies.period)} that could be offered${tooLate}; ${days === null ? 'no fill times yet' : `median ${count(days, 'day')} to fill`}`,
    },
  ];
  return figures.filter((f): f is Figure => Boolean(f));
}

/** The headline numbers as a description list: each figure's name, value and how it is counted. */
export function HeadlineFigures({ headline }: { headline: Headline }) {
  return (
    <section aria-labelledby="headline-figures">
      <VisuallyHidden>
        <Title order={2} id="headline-figures">
          Headline figures
        </Title>
      </VisuallyHidden>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" m={0}>
        {figuresFor(headline).map((f) => (
          <Paper key={f.label} withBorder p="sm" style={{ breakInside: 'avoid' }}>
            <Text component="dt" size="sm" fw={700}>
              {f.label}
            </Text>
            <Text component="dd" m={0}>
              <Text component="span" display="block" fz={28} fw={700} lh={1.2}>
                {f.value}
              </Text>
              <Text component="span" display="block" size="sm" c="dimmed">
                {f.detail}
              </Text>
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}

import { List, Text } from '@mantine/core';
import { addDays, isIsoDate } from '../../../domain/dates';
import { generateSchedule, ScheduleError } from '../../../domain/schedule';
import { formatDate } from '../../../lib/format';

/** The dates the course will get, as the server will generate them (bank holidays skipped). */
export function SchedulePreview({
  type,
  startDate,
}: {
  type: 'course' | 'workshop';
  startDate: string;
}) {
  if (!isIsoDate(startDate))
    return (
      <Text size="sm" c="dimmed">
        Choose a start date to see the sessions.
      </Text>
    );
  let schedule;
  try {
    schedule = generateSchedule({ type, startDate });
  } catch (e) {
    return (
      <Text size="sm" c="red.9">
        {e instanceof ScheduleError ? e.message : 'No schedule for this date.'}
      </Text>
    );
  }
  // A session is "moved" when it is not a week after the one before (a bank holiday in between).
  const moved = schedule.map(
    (s, i) =>
      (i > 0 && s.date !== addDays(schedule[i - 1]?.date ?? s.date, 7)) ||
      (i === 0 && s.date !== startDate),
  );
  return (
    <div>
      <Text size="sm" fw={700} id="schedule-preview">
        Sessions ({schedule.length})
      </Text>
      <List size="sm" aria-labelledby="schedule-preview">
        {schedule.map((s, i) => (
          <List.Item key={s.number}>
            {s.number}. {formatDate(s.date)}: {s.topic}
            {moved[i] && (
              <Text span size="sm" fw={700}>
                {' '}
                (moved for a bank holiday)
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </div>
  );
}

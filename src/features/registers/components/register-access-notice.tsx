import { Alert } from '@mantine/core';
import type { RegisterAccess } from '../../../domain/register-state';
import { formatDate } from '../../../lib/format';

/** Why this register shows no controls, said at the top instead of buttons that do nothing. */
export function RegisterAccessNotice({
  access,
  startTime,
}: {
  access: RegisterAccess;
  startTime: string;
}) {
  if (access.mode === 'mark') return null;
  const { title, text } =
    access.why === 'not_open'
      ? {
          title: `Opens on ${formatDate(access.opensOn)}`,
          text: `This register can be marked from the day of the session (${startTime}). Until then it is shown to read. Someone who says they cannot come is recorded from the cohort's page.`,
        }
      : access.why === 'cancelled'
        ? {
            title: 'Session cancelled',
            text: 'The service cancelled this session: there is nothing to mark.',
          }
        : {
            title: 'Read only',
            text: "You can read this register. Marks and notes are taken by the cohort's facilitators and admins.",
          };
  return (
    // A note, not an alert: it is the page's standing state, not news to interrupt with.
    <Alert color="gray" title={title} role="note">
      {text}
    </Alert>
  );
}

import { Button } from '@mantine/core';
import { Suspense, useState } from 'react';
import type { RosterEntry } from '../../../api/schemas/participants';
import { lazyComponent } from '../../../lib/lazy-component';

const EnrolmentHistoryDialog = lazyComponent(() => import('./enrolment-history-dialog'));

/** Opens one person's enrolment history in this cohort: every status change, when, by whom and why. */
export function EnrolmentHistoryButton({ entry }: { entry: RosterEntry }) {
  const [open, setOpen] = useState(false);
  const name = `${entry.participant.givenName} ${entry.participant.familyName}`;
  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        aria-label={`Enrolment history for ${name}`}
        onClick={() => setOpen(true)}
      >
        History
      </Button>
      {open && (
        <Suspense fallback={null}>
          <EnrolmentHistoryDialog entry={entry} name={name} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

import { Button } from '@mantine/core';
import { Suspense, useState } from 'react';
import type { RosterEntry } from '../../../api/schemas/participants';
import { lazyComponent } from '../../../lib/lazy-component';

const EnrolmentHistoryDialog = lazyComponent(() => import('./enrolment-history-dialog'));

/** Opens one person's enrolment history in this cohort: every status change, when, by whom and why. */
export function EnrolmentHistoryButton({
  entry,
  auditTrail,
}: {
  entry: RosterEntry;
  /** Whether the user may read the audit trail: the dialog then links to this place's. */
  auditTrail: boolean;
}) {
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
          <EnrolmentHistoryDialog
            entry={entry}
            name={name}
            auditTrail={auditTrail}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}

import { Button, Group, Text } from '@mantine/core';
import { Suspense, useEffect, useReducer, useState } from 'react';
import type { Register } from '../../../api/schemas/registers';
import { fullName } from '../../../domain/names';
import { notStartedYet, sessionStartsAt } from '../../../domain/session-start';
import { now } from '../../../lib/clock';
import { lazyComponent } from '../../../lib/lazy-component';

// Lazy, like the amendment dialog: Modal and the lists cost the register's first load, and
// only finalising needs them.
const FinaliseDialog = lazyComponent(() => import('./finalise-dialog'));

interface FinaliseBarProps {
  register: Register;
  /** Changes the server did not take: they are sent or discarded before the register closes. */
  unsaved: number;
  pending: boolean;
  onFinalise: () => void;
}

/** Finalising is offered once the session has started, everyone is marked and every change is
 * saved; the button says which of these is missing, and asks before it closes the register. */
export function FinaliseBar({ register, unsaved, pending, onFinalise }: FinaliseBarProps) {
  const { session, rows } = register;
  const early = useNotStartedYet(session);
  const [asking, setAsking] = useState(false);
  const [asked, setAsked] = useState(false);
  const unmarked = rows.filter((r) => r.record?.code == null);
  const reason = unsaved
    ? 'Try again or discard the changes not saved first'
    : (early ??
      (unmarked.length
        ? `${unmarked.length} still to mark: ${unmarked.map((r) => fullName(r.enrolment.participant)).join(', ')}`
        : rows.length
          ? 'Everyone is marked'
          : 'No one is on this register'));
  return (
    <Group justify="flex-end" className="no-print" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" id="finalise-reason">
        {reason}
      </Text>
      <Button
        disabled={Boolean(unsaved || early || unmarked.length || !rows.length)}
        loading={pending}
        aria-describedby="finalise-reason"
        onClick={() => {
          setAsked(true);
          setAsking(true);
        }}
      >
        Finalise register
      </Button>
      {asked && (
        <Suspense fallback={null}>
          <FinaliseDialog
            register={register}
            opened={asking}
            onCancel={() => setAsking(false)}
            onConfirm={() => {
              setAsking(false);
              onFinalise();
            }}
          />
        </Suspense>
      )}
    </Group>
  );
}

/** Why the session has not started, until it has: the bar changes by itself at the start time. */
function useNotStartedYet(session: Register['session']): string | null {
  const [, tick] = useReducer((n: number) => n + 1, 0);
  const early = notStartedYet(session, now());
  useEffect(() => {
    if (!early) return;
    const wait = sessionStartsAt(session.date, session.startTime).getTime() - now().getTime();
    // Timers longer than about 24 days fire at once; look again within the hour instead.
    const timer = setTimeout(tick, Math.min(Math.max(wait, 0) + 500, 3_600_000));
    return () => clearTimeout(timer);
  }, [early, session.date, session.startTime]);
  return early;
}

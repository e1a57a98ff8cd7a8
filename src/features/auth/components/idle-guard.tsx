import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useRef, useState } from 'react';
import { APP_IDLE_MS, APP_IDLE_WARNING_MS } from '../../../domain/session-limits';
import { lazyComponent } from '../../../lib/lazy-component';
import { signOut } from '../api/session';
import { authStore } from '../auth-store';
import type { IdlePhase, IdleWatch } from '../idle-watch';

const IdleDialogs = lazyComponent(() => import('./session-dialogs'));

interface IdleGuardProps {
  /** Issues 8 and 15: sign out 15 minutes after the last input in any tab, warning at 14. */
  idleMs?: number;
  warnMs?: number;
  onSignedOut: () => void;
}

/** Ends an unattended session. The watching itself (../idle-watch.ts) loads after the page;
 * this shows its warning and, while unsaved marks are sent, covers the page. */
export function IdleGuard({
  idleMs = APP_IDLE_MS,
  warnMs = APP_IDLE_WARNING_MS,
  onSignedOut,
}: IdleGuardProps) {
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<IdlePhase>('active');
  const watch = useRef<IdleWatch | null>(null);
  const signedOut = useRef(onSignedOut);
  useEffect(() => {
    signedOut.current = onSignedOut;
  });

  useEffect(() => {
    let stopped = false;
    void import('../idle-watch').then(({ watchIdle }) => {
      if (stopped) return;
      watch.current = watchIdle({
        queryClient,
        idleMs,
        warnMs,
        signOut,
        auth: authStore,
        onPhase: setPhase,
        onSignedOut: () => signedOut.current(),
      });
    });
    return () => {
      stopped = true;
      watch.current?.stop();
      watch.current = null;
    };
  }, [queryClient, idleMs, warnMs]);

  if (phase === 'active') return null;
  return (
    <Suspense fallback={null}>
      <IdleDialogs
        phase={phase}
        seconds={Math.round((idleMs - warnMs) / 1000)}
        onStay={() => watch.current?.stay()}
      />
    </Suspense>
  );
}
